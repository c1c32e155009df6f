package nl.veiligheidsagenda.app.security;

import nl.veiligheidsagenda.app.config.SecuritySettings;
import nl.veiligheidsagenda.app.persistence.Database;
import nl.veiligheidsagenda.app.testdb.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * People, API tokens and the audit log on each database (H2 file, PostgreSQL), seen from two sets of services on
 * one database as two application instances have them: nothing lives only in one instance's memory.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class SecurityStoresTest {

    private static final Actor ADMIN = Actor.admin("beheerder");
    private static final String PASSWORD = "een-lang-genoeg-wachtwoord";

    @Parameter
    TestDatabase kind;

    @TempDir
    Path data;

    private Database databaseA;
    private Database databaseB;

    @BeforeEach
    void open() {
        var settings = kind.settings(data);
        databaseA = Database.open(settings);
        databaseB = Database.open(settings);
    }

    @AfterEach
    void close() {
        databaseA.close();
        databaseB.close();
    }

    private static Security instance(Database database, PrintStream console) {
        return Security.start(database, SecuritySettings.defaults(), () -> Set.of("wijken", "crisis"),
                Clock.systemUTC(), console);
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    @Test
    void twoInstancesStartingTogetherOnAnEmptyDatabaseCreateOneFirstAdminWithOneOneTimePassword() {
        ByteArrayOutputStream consoleA = new ByteArrayOutputStream();
        ByteArrayOutputStream consoleB = new ByteArrayOutputStream();
        CompletableFuture<Security> a = CompletableFuture.supplyAsync(() -> instance(databaseA,
                new PrintStream(consoleA, true, StandardCharsets.UTF_8)));
        CompletableFuture<Security> b = CompletableFuture.supplyAsync(() -> instance(databaseB,
                new PrintStream(consoleB, true, StandardCharsets.UTF_8)));

        List<Person> people = a.join().people().list(ADMIN);
        b.join();

        assertThat(people).extracting(Person::username).containsExactly("admin");
        String printed = consoleA.toString(StandardCharsets.UTF_8) + consoleB.toString(StandardCharsets.UTF_8);
        assertThat(printed.split("First run: created the admin account", -1)).hasSize(2);
    }

    @Test
    void aPersonAndTheirRoleAndStateAreTheSameOnEveryInstance() {
        Security a = instance(databaseA, quiet());
        Security b = instance(databaseB, quiet());
        Person created = a.people().create(ADMIN, new PeopleService.NewPerson("j.jansen", "Jan Jansen",
                Role.THEME_OWNER, Set.of("wijken"), PASSWORD, false));

        assertThat(b.people().active(created.id())).get().satisfies(person -> {
            assertThat(person.role()).isEqualTo(Role.THEME_OWNER);
            assertThat(person.ownedThemes()).containsExactly("wijken");
        });
        assertThat(b.authenticator().password("J.Jansen", PASSWORD, Authenticator.Channel.API).person())
                .isPresent();

        b.people().setEnabled(ADMIN, created.id(), false);
        assertThat(a.people().active(created.id())).as("disabled on B, refused on A at once").isEmpty();
    }

    @Test
    void aTokenCreatedOnOneInstanceWorksOnTheOtherAndARevocationHoldsEverywhereAtOnce() {
        Security a = instance(databaseA, quiet());
        Security b = instance(databaseB, quiet());
        Person script = a.people().create(ADMIN, new PeopleService.NewPerson("script", "Script", Role.VIEWER,
                Set.of(), PASSWORD, false));
        ApiTokenService.Created token = a.tokens().create(ADMIN, script.id(), "cijfers laden");

        assertThat(b.tokens().check(token.secret()).person()).get().extracting(Person::username)
                .isEqualTo("script");
        b.tokens().revoke(ADMIN, token.token().id());
        assertThat(a.tokens().check(token.secret()).rejection()).isEqualTo(ApiTokenService.Rejection.REVOKED);
        assertThat(a.tokens().list(ADMIN, script.id())).singleElement()
                .satisfies(stored -> assertThat(stored.active()).isFalse());
    }

    @Test
    void theAuditLogFromEveryInstanceIsSearchableNewestFirstWithLiteralWildcards() {
        Security a = instance(databaseA, quiet());
        Security b = instance(databaseB, quiet());
        a.audit().record("an_na", "figure.save", "indicator:x%y", Outcome.SUCCESS, "eerste");
        b.audit().record("anna", "figure.save", "indicator:xzy", Outcome.DENIED, "tweede");

        List<AuditEntry> underscore = a.audit().search(ADMIN, new AuditLog.Query("n_n", null, null, null, null,
                null, 10));
        List<AuditEntry> percent = b.audit().search(ADMIN, new AuditLog.Query(null, null, "x%y", null, null, null,
                10));
        List<AuditEntry> saves = b.audit().search(ADMIN, new AuditLog.Query(null, "FIGURE.SAVE", null, null, null,
                null, 10));

        assertThat(underscore).extracting(AuditEntry::actor).containsExactly("an_na");
        assertThat(percent).extracting(AuditEntry::detail).containsExactly("eerste");
        assertThat(saves).extracting(AuditEntry::detail).containsExactly("tweede", "eerste");
        assertThat(b.audit().search(ADMIN, new AuditLog.Query(null, null, null, Outcome.DENIED, null, null, 10)))
                .extracting(AuditEntry::actor).containsExactly("anna");
    }

    /** The application's own database user has no right to it; the owner meets the trigger (AppDatabaseUserTest). */
    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditEntries() throws SQLException {
        instance(databaseA, quiet()).audit().record("anna", "figure.save", "indicator:x", Outcome.SUCCESS, "");
        try (Connection connection = databaseA.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : List.of("UPDATE audit_log SET actor = 'niemand'", "DELETE FROM audit_log",
                    "TRUNCATE TABLE audit_log")) {
                assertThatThrownBy(() -> statement.executeUpdate(sql)).describedAs(sql)
                        .isInstanceOf(SQLException.class);
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
            }
        }
        assertThat(instance(databaseB, quiet()).audit().search(ADMIN, AuditLog.Query.latest(10)))
                .extracting(AuditEntry::actor).contains("anna");
    }
}
