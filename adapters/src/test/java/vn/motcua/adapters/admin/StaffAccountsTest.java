package vn.motcua.adapters.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class StaffAccountsTest {
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void passwords_are_kept_only_as_bcrypt_hashes_and_roles_are_given() {
        var accounts = StaffAccounts.from(new AdminSettings("mat-khau-admin",
                List.of(new AdminSettings.StaffAccount("lan", "mat-khau-lan", Role.EDITOR))), encoder);

        var admin = accounts.loadUserByUsername("admin");
        assertThat(admin.getPassword()).startsWith("{bcrypt}").doesNotContain("mat-khau-admin");
        assertThat(encoder.matches("mat-khau-admin", admin.getPassword())).isTrue();
        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThat(accounts.loadUserByUsername("lan").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_EDITOR");
    }

    @Test
    void without_a_password_admin_gets_a_random_one_never_an_empty_or_known_one() {
        var first = StaffAccounts.from(new AdminSettings(null, List.of()), encoder).loadUserByUsername("admin");
        var second = StaffAccounts.from(new AdminSettings("", List.of()), encoder).loadUserByUsername("admin");

        assertThat(encoder.matches("", first.getPassword())).isFalse();
        assertThat(encoder.matches("admin", first.getPassword())).isFalse();
        assertThat(first.getPassword()).isNotEqualTo(second.getPassword());
    }

    @Test
    void an_already_hashed_password_is_kept_and_an_incomplete_account_fails_start_up() {
        String hash = encoder.encode("s3cret");
        var accounts = StaffAccounts.from(new AdminSettings("x",
                List.of(new AdminSettings.StaffAccount("minh", hash, Role.OPERATOR))), encoder);
        assertThat(encoder.matches("s3cret", accounts.loadUserByUsername("minh").getPassword())).isTrue();

        assertThatThrownBy(() -> StaffAccounts.from(new AdminSettings("x",
                List.of(new AdminSettings.StaffAccount("minh", "", null))), encoder))
                .hasMessageContaining("assistant.admin.users");
    }
}
