package vn.motcua.adapters.admin;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may use the console. {@code password} is the password of user {@code admin} (role ADMIN);
 * unset, a random one is generated and printed once at start-up. {@code users} adds staff accounts,
 * e.g. {@code assistant.admin.users[0].name=lan}, {@code .password=...}, {@code .role=EDITOR}; a
 * password may be given already hashed ({@code {bcrypt}$2a$...}).
 */
@ConfigurationProperties("assistant.admin")
record AdminSettings(String password, @DefaultValue List<StaffAccount> users) {

    record StaffAccount(String name, String password, Role role) {
    }
}
