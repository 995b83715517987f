package dev.rotor.functions.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.functions.mysql.common.RotationFailedException;
import org.junit.jupiter.api.Test;

class AlternateUsernameTest {

    private final AlternateUsername rule = new AlternateUsername(AlternateUsername.DEFAULT_CHARACTER_LIMIT);

    @Test
    void theCloneOfAUserHasCloneAppended() {
        assertThat(rule.of("app")).isEqualTo("app_clone");
    }

    @Test
    void theCloneOfACloneIsTheOriginalUser() {
        assertThat(rule.of("app_clone")).isEqualTo("app");
        assertThat(rule.of(rule.of("app"))).isEqualTo("app");
    }

    @Test
    void onlyATrailingCloneIsStripped() {
        assertThat(rule.of("a_clone_x")).isEqualTo("a_clone_x_clone");
        assertThat(rule.of("a_clones")).isEqualTo("a_clones_clone");
    }

    @Test
    void aCloneNameMayReachTheLimitButNotPassIt() {
        assertThat(rule.of("0123456789")).isEqualTo("0123456789_clone").hasSize(16);
        assertThatThrownBy(() -> rule.of("01234567890"))
                .isInstanceOf(RotationFailedException.class)
                .hasMessage("Unable to clone user, username length with _clone appended would exceed 16 characters");
    }

    @Test
    void stripping_clone_isNeverLimited() {
        assertThat(rule.of("a_very_long_application_user_clone")).isEqualTo("a_very_long_application_user");
    }

    @Test
    void theLimitIsConfigurable() {
        assertThat(new AlternateUsername(32).of("a_longer_mysql8_user")).isEqualTo("a_longer_mysql8_user_clone");
        assertThatThrownBy(() -> new AlternateUsername(8).of("abc")).hasMessageContaining("8 characters");
        assertThatThrownBy(() -> new AlternateUsername(0)).hasMessageContaining("USERNAME_CHARACTER_LIMIT");
    }
}
