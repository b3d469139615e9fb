package vn.motcua.adapters.admin;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** Builds the staff accounts from the settings; passwords are only ever kept hashed. */
final class StaffAccounts {
    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

    private StaffAccounts() {
    }

    static InMemoryUserDetailsManager from(AdminSettings settings, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        String adminPassword = settings.password();
        if (adminPassword == null || adminPassword.isBlank()) {
            adminPassword = randomPassword();
            // printed once, like Spring Boot's own generated password: the operator must see it to sign in
            log.warn("\n\nGenerated password for the admin console user 'admin': {}\n"
                    + "Set assistant.admin.password to choose one.\n", adminPassword);
        }
        users.add(user("admin", adminPassword, Role.ADMIN, encoder));
        for (AdminSettings.StaffAccount account : settings.users()) {
            if (account.name() == null || account.name().isBlank() || account.password() == null
                    || account.password().isBlank() || account.role() == null) {
                throw new IllegalStateException(
                        "assistant.admin.users: every account needs a name, a password and a role (ADMIN, EDITOR, OPERATOR)");
            }
            users.add(user(account.name(), account.password(), account.role(), encoder));
        }
        return new InMemoryUserDetailsManager(users);
    }

    private static UserDetails user(String name, String password, Role role, PasswordEncoder encoder) {
        String hashed = password.startsWith("{") ? password : encoder.encode(password);
        return User.withUsername(name).password(hashed).roles(role.name()).build();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
