package nl.veiligheidsagenda.app.security;

import nl.veiligheidsagenda.app.persistence.Database;
import nl.veiligheidsagenda.app.testdb.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repeated failures lock an account name (and an address) for a growing while; success unlocks. The failures are
 * stored in the database (H2 and PostgreSQL), so every application instance on it sees them.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2025-03-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Parameter
    TestDatabase kind;

    @TempDir
    Path data;

    private final TestClock clock = new TestClock();
    private Database database;
    private LoginThrottle throttle;

    @BeforeEach
    void open() {
        database = Database.open(kind.settings(data));
        throttle = new LoginThrottle(clock, new JdbcLoginFailureStore(database.dataSource()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anotherInstanceOnTheSameDatabaseCountsTheSameFailures() {
        LoginThrottle otherInstance = new LoginThrottle(clock, new JdbcLoginFailureStore(database.dataSource()));
        for (int i = 0; i < 3; i++) {
            throttle.failed("jan", "10.0.0.1");
        }
        otherInstance.failed("jan", "10.0.0.2");
        otherInstance.failed("jan", "10.0.0.2");

        assertThat(throttle.retryAfter("jan", "10.0.0.3")).contains(Duration.ofSeconds(30));
        assertThat(otherInstance.retryAfter("jan", "10.0.0.3")).contains(Duration.ofSeconds(30));
    }

    @Test
    void locksAnAccountAfterFiveFailuresForThirtySecondsThenDoubling() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Jan", "10.0.0.1");
            assertThat(throttle.retryAfter("jan", "10.0.0.1")).isEmpty();
        }
        throttle.failed("jan", "10.0.0.1");
        assertThat(throttle.retryAfter("jan", "10.0.0.2")).contains(Duration.ofSeconds(30));

        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.retryAfter("jan", "10.0.0.1")).isEmpty();
        throttle.failed("jan", "10.0.0.1");
        assertThat(throttle.retryAfter("jan", "10.0.0.1")).contains(Duration.ofSeconds(60));
        assertThat(throttle.retryAfter("piet", "10.0.0.3")).as("other accounts and addresses").isEmpty();
    }

    @Test
    void neverLocksLongerThanFifteenMinutesAndForgetsAfterFifteenQuietMinutes() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("jan", "10.0.0.1");
        }
        assertThat(throttle.retryAfter("jan", "10.0.0.9")).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("jan", "10.0.0.9");
        assertThat(throttle.retryAfter("jan", "10.0.0.9")).as("counting starts again").isEmpty();
    }

    @Test
    void aSuccessfulSignInForgetsTheAccountsFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("jan", "10.0.0.1");
        }
        throttle.succeeded("jan");
        throttle.failed("jan", "10.0.0.1");
        assertThat(throttle.retryAfter("jan", "10.0.0.1")).isEmpty();
    }

    @Test
    void locksAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("naam" + i, "10.6.6.6");
        }
        assertThat(throttle.retryAfter("nog-een-naam", "10.6.6.6")).isPresent();
        assertThat(throttle.retryAfter("nog-een-naam", "10.0.0.1")).isEmpty();
    }
}
