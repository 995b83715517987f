package dev.rotor.harness.clients;

import dev.rotor.harness.database.LoginResult;
import dev.rotor.harness.result.ClientProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ClientTest {
    private final FakeApplicationWorld world = new FakeApplicationWorld().secret("app", "pw0").server("app", "pw0");

    private Client client(ClientProfile profile) {
        return Client.of(profile, world.environment());
    }

    @Test
    void aRereadingClientReadsAwsCurrentBeforeEveryConnection() throws InterruptedException {
        Client reread = client(ClientProfile.REREAD);
        reread.connect();
        world.secret("app_clone", "pw1").server("app_clone", "pw1");

        Attempt attempt = reread.connect();

        assertThat(attempt.connected()).isTrue();
        assertThat(attempt.user()).isEqualTo("app_clone");
        assertThat(world.reads).isEqualTo(2);
    }

    @Test
    void aRereadingClientDoesNotRetryARefusedLogin() throws InterruptedException {
        world.server("app", "changed");

        Attempt attempt = client(ClientProfile.REREAD).connect();

        assertThat(attempt.connected()).isFalse();
        assertThat(attempt.detail()).isEqualTo("refused with error 1045");
        assertThat(world.logins).isEqualTo(1);
    }

    @Test
    void aCachedClientKeepsTheSecretItReadAndIsLockedOutWhenItsPasswordIsRetired() throws InterruptedException {
        Client cached = client(ClientProfile.CACHED);
        cached.connect();
        world.secret("app", "pw1").server("app", "pw1");

        Attempt attempt = cached.connect();

        assertThat(attempt.connected()).isFalse();
        assertThat(world.reads).isEqualTo(1);
        assertThat(world.logins).isEqualTo(2);
        assertThat(world.waits).isEmpty();
    }

    @Test
    void aCachedClientReadsAgainOnceItsCacheExpiresWithinTheHour() throws InterruptedException {
        Client cached = client(ClientProfile.CACHED);
        cached.connect();
        world.secret("app", "pw1").server("app", "pw1");
        world.now = world.now.plus(Duration.ofMinutes(29));
        assertThat(cached.connect().connected()).as("kept for at least half the hour").isFalse();

        world.now = world.now.plus(Duration.ofMinutes(31));

        assertThat(cached.connect().connected()).isTrue();
        assertThat(world.reads).isEqualTo(2);
    }

    @Test
    void theJdbcDriverRereadsAfterAnAccessDeniedWaitingFiftyToAHundredMillisecondsFirst() throws InterruptedException {
        Client driver = client(ClientProfile.JDBC_DRIVER);
        driver.connect();
        world.secret("app_clone", "pw1").server("app_clone", "pw1").server("app", "pw2");

        Attempt attempt = driver.connect();

        assertThat(attempt.connected()).isTrue();
        assertThat(attempt.user()).isEqualTo("app_clone");
        assertThat(world.waits).singleElement().satisfies(wait -> assertThat(wait.toMillis()).isBetween(50L, 100L));
        assertThat(world.reads).isEqualTo(2);
    }

    @Test
    void theJdbcDriverGivesUpAfterSixAttemptsEachFollowedByAReread() throws InterruptedException {
        Client driver = client(ClientProfile.JDBC_DRIVER);
        world.server("app", "set-by-setSecret");

        Attempt attempt = driver.connect();

        assertThat(attempt.connected()).isFalse();
        assertThat(attempt.detail()).isEqualTo("Connect failed to authenticate: reached max connection retries");
        assertThat(world.logins).isEqualTo(6);
        assertThat(world.waits).hasSize(6).allSatisfy(wait -> assertThat(wait.toMillis()).isBetween(50L, 100L));
        assertThat(world.reads).isEqualTo(7);
    }

    @Test
    void theJdbcDriverDoesNotRetryAnErrorOtherThanAccessDenied() throws InterruptedException {
        world.otherError = new LoginResult.Refused(1044, "42000", "Access denied for user to database");

        Attempt attempt = client(ClientProfile.JDBC_DRIVER).connect();

        assertThat(attempt.connected()).isFalse();
        assertThat(attempt.detail()).isEqualTo("refused with error 1044");
        assertThat(world.logins).isEqualTo(1);
        assertThat(world.waits).isEmpty();
    }

    @Test
    void theJdbcDriverStopsWithTheAccessDeniedWhenItsRereadFails() throws InterruptedException {
        Client driver = client(ClientProfile.JDBC_DRIVER);
        driver.connect();
        world.server("app", "changed");
        world.readFailure = new IllegalStateException("ThrottlingException");

        Attempt attempt = driver.connect();

        assertThat(attempt.connected()).isFalse();
        assertThat(attempt.detail()).isEqualTo("refused with error 1045");
        assertThat(world.logins).isEqualTo(2);
    }

    @Test
    void theJdbcDriverKeepsItsSecretCachedWhileItsPasswordWorks() throws InterruptedException {
        Client driver = client(ClientProfile.JDBC_DRIVER);
        driver.connect();
        world.secret("app_clone", "pw1").server("app_clone", "pw1");

        assertThat(driver.connect().user()).isEqualTo("app");
        assertThat(world.reads).isEqualTo(1);
    }
}
