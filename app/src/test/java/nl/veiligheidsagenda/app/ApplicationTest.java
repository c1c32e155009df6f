package nl.veiligheidsagenda.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import nl.veiligheidsagenda.app.themes.ThemeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The real server on a free port: the Vaadin bootstrap page, the JSON API, theme routes switched at run time. */
class ApplicationTest {

    @TempDir
    static Path data;

    private static RunningApp app;
    private static RunningApp.Client admin;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.start(data);
        admin = app.loginAsAdmin();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void servesTheVaadinBootstrapPage() throws Exception {
        HttpResponse<String> response = app.loginAsAdmin().get("");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<title>Veiligheidsagenda</title>", "VAADIN/build");
    }

    @Test
    void servesLumoFromTheComponentJars() throws Exception {
        assertThat(app.get("lumo/lumo.css").statusCode()).isEqualTo(200);
        assertThat(app.get("styles/veiligheidsagenda.css").statusCode()).isEqualTo(200);
    }

    @Test
    void listsTheFiveInstalledThemesAsJson() throws Exception {
        HttpResponse<String> response = admin.get("api/v1/themes");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode themes = JSON.readTree(response.body());
        List<String> ids = new ArrayList<>();
        themes.forEach(theme -> {
            ids.add(theme.get("id").asText());
            assertThat(theme.get("compatible").asBoolean()).as(theme.toString()).isTrue();
            assertThat(theme.get("enabled").asBoolean()).isTrue();
            assertThat(theme.get("version").asText()).matches("\\d+\\.\\d+\\.\\d+");
            assertThat(theme.get("name").asText()).isNotBlank();
        });
        assertThat(ids).containsExactly("ondermijning", "digitaal", "wijken", "polarisatie", "crisis");
    }

    @Test
    void answersAnUnknownApiPathWith404AndAJsonMessage() throws Exception {
        HttpResponse<String> response = admin.get("api/v1/nothing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("message").asText()).contains("/v1/nothing");
    }

    @Test
    void disablingAThemeRemovesItsRoutesAndEnablingRestoresThem() throws Exception {
        ThemeService themes = app.application().context().themes();
        ApplicationRouteRegistry routes = app.routes();
        assertThat(routes.getNavigationTarget("thema/polarisatie")).isPresent();
        assertThat(routes.getNavigationTarget("thema/polarisatie/manifestaties")).isPresent();

        themes.setEnabled("polarisatie", false, RunningApp.TEST_ADMIN);
        try {
            assertThat(routes.getNavigationTarget("thema/polarisatie")).isEmpty();
            assertThat(routes.getNavigationTarget("thema/polarisatie/manifestaties")).isEmpty();
            JsonNode listed = JSON.readTree(admin.get("api/v1/themes").body());
            assertThat(listed.get(3).get("id").asText()).isEqualTo("polarisatie");
            assertThat(listed.get(3).get("enabled").asBoolean()).isFalse();
            assertThat(JSON.readTree(admin.get("api/v1/catalogue").body()).get("themes")).hasSize(4);
        } finally {
            themes.setEnabled("polarisatie", true, RunningApp.TEST_ADMIN);
        }
        assertThat(routes.getNavigationTarget("thema/polarisatie")).isPresent();
    }

    @Test
    void servesTheEnabledThemesCatalogueWithBaselinesAsJsonNumbers() throws Exception {
        JsonNode themes = JSON.readTree(admin.get("api/v1/catalogue").body()).get("themes");
        JsonNode ondermijning = themes.get(0);
        assertThat(ondermijning.get("id").asText()).isEqualTo("ondermijning");
        assertThat(ondermijning.get("version").asText()).isEqualTo("1.3.0");

        JsonNode jongeAanwas = ondermijning.get("subjects").get(1);
        assertThat(jongeAanwas.get("name").asText()).isEqualTo("Jonge aanwas");
        JsonNode indicator = jongeAanwas.get("goals").get(0).get("indicators").get(0);
        assertThat(indicator.get("unit").asText()).isEqualTo("PER_1000_YOUNG_PEOPLE_12_24");
        assertThat(indicator.get("source").asText()).isEqualTo("CBS");
        JsonNode total = indicator.get("series").get(0).get("baseline");
        assertThat(total.get("value").isNumber()).isTrue();
        assertThat(total.get("value").decimalValue()).isEqualByComparingTo("24.3");
        assertThat(total.get("period").asText()).isEqualTo("gemiddelde 2019-2021");

        JsonNode mensenhandel = ondermijning.get("subjects").get(2).get("goals").get(0);
        assertThat(mensenhandel.get("indicators").get(0).get("series").get(0).get("baseline").isNull()).isTrue();
        JsonNode action = mensenhandel.get("actions").get(0);
        assertThat(action.has("partners")).isTrue();
        assertThat(action.has("targetGroups")).isTrue();
        assertThat(themes.get(3).get("subjects").get(0).get("goals").get(0).get("reportedInWords").asBoolean())
                .isTrue();
    }

    @Test
    void theCatalogueSaysEachGoalsKindItsSignalsAndWhyABaselineCoversAnotherPeriod() throws Exception {
        JsonNode themes = JSON.readTree(admin.get("api/v1/catalogue").body()).get("themes");
        JsonNode mensenhandel = themes.get(0).get("subjects").get(2).get("goals").get(0);
        assertThat(mensenhandel.get("kind").asText()).isEqualTo("ACCOUNTED_IN_WORDS");
        assertThat(mensenhandel.get("reportedInWords").asBoolean()).as("in words, though it has indicators").isTrue();
        assertThat(mensenhandel.get("statedPeriod").isNull()).isTrue();
        assertThat(mensenhandel.get("indicators").get(0).get("direction").asText()).isEqualTo("NOT_STATED");

        JsonNode woonoverlast = themes.get(2).get("subjects").get(4).get("goals").get(0);
        assertThat(woonoverlast.get("id").asText()).isEqualTo("wijken.woonoverlast-daalt");
        assertThat(woonoverlast.get("kind").asText()).isEqualTo("MEASURED");
        assertThat(woonoverlast.get("statedPeriod").get("years").toString()).isEqualTo("[2019,2020,2021,2022]");
        JsonNode survey = woonoverlast.get("indicators").get(0).get("series").get(0).get("baseline");
        assertThat(survey.get("period").asText()).isEqualTo("gemiddelde 2017 en 2021");
        assertThat(survey.get("periodNote").asText()).contains("vooralsnog slechts vierjaarlijks");
        assertThat(woonoverlast.get("indicators").get(1).get("series").get(0).get("baseline").get("periodNote")
                .asText()).isEmpty();
    }

    @Test
    void servesThePlanDescriptionAsJson() throws Exception {
        JsonNode plan = JSON.readTree(admin.get("api/v1/plan").body());

        assertThat(plan.get("name").asText()).isEqualTo("Uitvoeringsplan Veiligheidsagenda Almere 2023-2026");
        assertThat(plan.get("municipality").get("cbsCode").asText()).isEqualTo("GM0034");
        assertThat(plan.get("period").get("firstYear").asInt()).isEqualTo(2023);
        assertThat(plan.get("period").get("lastYear").asInt()).isEqualTo(2026);
        assertThat(plan.get("sections")).extracting(section -> section.get("path").asText())
                .containsExactly("inleiding", "onderleggers");
        JsonNode quote = plan.get("sections").get(1).get("blocks").findParents("speaker").getFirst();
        assertThat(quote.get("type").asText()).isEqualTo("quote");
        assertThat(quote.get("text").asText()).startsWith("Almeerders moeten zich veilig voelen");
        assertThat(plan.get("figures").get(0).get("points")).hasSize(10);
        assertThat(app.get("api/v1/plan").statusCode()).isEqualTo(401);
    }

    @Test
    void servesApproachesPagesAndPartsOfActionsInTheCatalogue() throws Exception {
        JsonNode themes = JSON.readTree(admin.get("api/v1/catalogue").body()).get("themes");
        JsonNode georganiseerd = themes.get(0).get("subjects").get(0);

        assertThat(georganiseerd.get("approach").get(0).get("type").asText()).isEqualTo("paragraph");
        assertThat(georganiseerd.get("approach").get(1).get("actionIds")).hasSize(7);
        JsonNode intensiveren = georganiseerd.get("goals").get(0).get("actions").get(0);
        assertThat(intensiveren.get("titleOrigin").asText()).isEqualTo("PLAN");
        assertThat(intensiveren.get("parts")).extracting(part -> part.get("titleOrigin").asText())
                .containsExactly("OURS", "OURS", "OURS");
        JsonNode digitaal = themes.get(1);
        assertThat(digitaal.get("pages")).extracting(page -> page.get("path").asText())
                .containsExactly("cijfers", "in-een-oogopslag");
        assertThat(digitaal.get("pages").get(0).get("blocks").get(1).get("type").asText()).isEqualTo("figureChart");
    }
}
