package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.security.Person;
import nl.veiligheidsagenda.app.config.SecuritySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start creates {@code admin} with a random password printed once, which must be changed before anything
 * else (also before the API accepts it); later starts create nothing.
 */
class FirstRunAdminTest {

    private static final Pattern PRINTED = Pattern.compile("one-time password (\\S+) ");

    @Test
    void aGeneratedPasswordIsPrintedOnceAndMustBeChangedFirst(@TempDir Path data) throws Exception {
        String printed;
        String password;
        try (Captured<RunningApp> first = capture(() -> RunningApp.start(data,
                Map.of(SecuritySettings.ADMIN_PASSWORD, "")))) {
            RunningApp app = first.value();
            printed = first.output();
            Matcher matcher = PRINTED.matcher(printed);
            assertThat(matcher.find()).as(printed).isTrue();
            password = matcher.group(1);
            assertThat(password).hasSize(20);
            Person admin = app.security().people().byUsername("admin").orElseThrow();
            assertThat(admin.mustChangePassword()).isTrue();

            RunningApp.Client client = app.client();
            assertThat(client.login("admin", password).headers().firstValue("Location").orElseThrow())
                    .endsWith("/account");
            HttpResponse<String> start = client.get("beheer/themas");
            assertThat(start.statusCode()).isEqualTo(200);
            assertThat(start.body()).as("any page leads to the password change first")
                    .contains("U moet eerst een nieuw wachtwoord kiezen");
            HttpResponse<String> api = basicGet(app, "admin", password);
            assertThat(api.statusCode()).isEqualTo(403);
            assertThat(api.body()).contains("password-change-required", "Wijzig eerst uw wachtwoord");

            app.security().people().changeOwnPassword(admin.actor(), password, "zelf gekozen wachtwoord");
            assertThat(basicGet(app, "admin", "zelf gekozen wachtwoord").statusCode()).isEqualTo(200);
            assertThat(app.login("admin", "zelf gekozen wachtwoord").get("beheer/themas").body())
                    .doesNotContain("U moet eerst een nieuw wachtwoord kiezen");
        }
        try (Captured<RunningApp> second = capture(() -> RunningApp.start(data,
                Map.of(SecuritySettings.ADMIN_PASSWORD, "een-ander-wachtwoord")))) {
            assertThat(second.output()).doesNotContain("First run");
            assertThat(basicGet(second.value(), "admin", "zelf gekozen wachtwoord").statusCode()).isEqualTo(200);
            assertThat(basicGet(second.value(), "admin", "een-ander-wachtwoord").statusCode()).isEqualTo(401);
        }
        assertThat(printed).doesNotContain("VEILIGHEID_ADMIN_PASSWORD");
    }

    @Test
    void theOperatorsPasswordIsUsedAsGivenAndNotPrinted(@TempDir Path data) throws Exception {
        try (Captured<RunningApp> run = capture(() -> RunningApp.start(data,
                Map.of(SecuritySettings.ADMIN_PASSWORD, "kort-maar-gekozen")))) {
            assertThat(run.output()).contains("with the password from VEILIGHEID_ADMIN_PASSWORD")
                    .doesNotContain("kort-maar-gekozen");
            assertThat(run.value().security().people().byUsername("admin").orElseThrow().mustChangePassword())
                    .isFalse();
            assertThat(basicGet(run.value(), "admin", "kort-maar-gekozen").statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> basicGet(RunningApp app, String username, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url("api/v1/themes")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A running app with what its start printed on standard output. */
    record Captured<T extends AutoCloseable>(T value, String output) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            value.close();
        }
    }

    private static <T extends AutoCloseable> Captured<T> capture(Supplier<T> start) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            T value = start.get();
            return new Captured<>(value, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
