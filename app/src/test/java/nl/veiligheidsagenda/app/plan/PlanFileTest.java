package nl.veiligheidsagenda.app.plan;

import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.ContextFigure;
import nl.veiligheidsagenda.core.model.PlanDescription;
import nl.veiligheidsagenda.core.verify.PlanTextCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan description the distribution ships (Almere's), and the messages a broken one gets. */
class PlanFileTest {

    /** The default plan description of the distribution, as the repository keeps it. */
    static final Path DEFAULT = Path.of("src/dist/plan/veiligheidsplan.yaml");

    private static final Path PLAN_TEXT = Path.of("../docs/plan/uitvoeringsplan-veiligheidsagenda-almere-2023-2026.txt");

    @TempDir
    Path folder;

    @Test
    void theDefaultDescribesTheAlmerePlanForItsFourYears() {
        PlanDescription plan = PlanFile.read(DEFAULT);

        assertThat(plan.name()).isEqualTo("Uitvoeringsplan Veiligheidsagenda Almere 2023-2026");
        assertThat(plan.municipality()).isEqualTo(new PlanDescription.Municipality("Almere", "GM0034"));
        assertThat(plan.period()).isEqualTo(new PlanDescription.Period(2023, 2026));
        assertThat(plan.ambition()).isEqualTo(
                "Almere blijft een veilige stad om in te wonen, te werken en te verblijven.");
        assertThat(plan.sections()).extracting(PlanDescription.Section::path)
                .containsExactly("inleiding", "onderleggers");
    }

    @Test
    void theInleidingHoldsTheYouthParagraphAndTheCaveatAboutIndicatorsVerbatim() {
        List<Block> inleiding = PlanFile.read(DEFAULT).section("inleiding").orElseThrow().blocks();

        assertThat(inleiding).contains(new Block.Paragraph("In de veiligheidsagenda en dit uitvoeringsplan wordt veel "
                + "aandacht besteed aan de doelgroep jeugd in relatie tot veiligheid. Deze thema-overstijgende "
                + "doelgroep komt in nagenoeg alle thema’s prominent naar voren."));
        assertThat(paragraphs(inleiding)).anySatisfy(text -> assertThat(text).contains("Een ander nadeel is dat bij "
                + "sommige indicatoren een verhoogde inzet juist kan leiden tot meer meldingen, omdat er meer wordt "
                + "aangetroffen of omdat de meldingsbereidheid omhoog gaat. In dat geval kan het lijken dat het "
                + "probleem toeneemt, terwijl de aanpak juist effectiever is."));
    }

    @Test
    void bijlage1HoldsTheFiveFoundationsTheQuotesWithTheirSpeakersAndTheBudgetQuestion() {
        PlanDescription plan = PlanFile.read(DEFAULT);
        List<Block> bijlage = plan.section("onderleggers").orElseThrow().blocks();

        assertThat(bijlage).filteredOn(block -> block instanceof Block.Heading heading && heading.level() == 1)
                .extracting(block -> ((Block.Heading) block).text()).containsExactly("1. Coalitieakkoord",
                        "2. Veiligheidsbeeld", "3. Samenwerkingspartners", "4. Bewoners", "5. Gemeenteraad");
        List<Block.Quote> quotes = bijlage.stream().filter(Block.Quote.class::isInstance)
                .map(Block.Quote.class::cast).toList();
        assertThat(quotes).hasSize(16).allSatisfy(quote -> assertThat(quote.speaker()).isNotBlank());
        assertThat(quotes.getFirst().text()).startsWith("Almeerders moeten zich veilig voelen in hun huis")
                .contains("\nCoffeeshop\n- Op dit moment is er een vergunning beschikbaar");
        assertThat(bijlage).contains(new Block.FigureChart("budgetvraag-bewonersenquete"));
        ContextFigure budget = plan.figure("budgetvraag-bewonersenquete").orElseThrow();
        assertThat(budget.points()).extracting(point -> point.value().intValue())
                .containsExactly(203, 124, 113, 111, 107, 86, 72, 70, 65, 48);
        assertThat(budget.source()).isEqualTo("Gemeente Almere, 2022. Bewonersenquête Veiligheidsplan");
    }

    @Test
    void everyTextOfTheDefaultStandsInTheAdoptedPlan() throws IOException {
        PlanTextCheck check = new PlanTextCheck(Files.readString(PLAN_TEXT));
        PlanDescription plan = PlanFile.read(DEFAULT);

        assertThat(check.missingPassages(plan)).isEmpty();
        assertThat(plan.figures().getFirst().points()).allSatisfy(point ->
                assertThat(check.contains(point.label())).as(point.label()).isTrue());
        assertThat(check.contains("Almere blijft een veilige stad om in te wonen, te werken en te reizen.")).isFalse();
    }

    @Test
    void namesEveryProblemOfAFileWithItsPlace() throws IOException {
        Path file = write("""
                name: Veiligheidsplan Proefstad 2027-2030
                municipality: {name: Proefstad, cbsCode: "0034"}
                period: {firstYear: 2027, lastYear: 2030}
                ambitie: Proefstad is veilig.
                sections:
                  - path: inleiding
                    title: Inleiding
                    blocks:
                      - paragraph: Tekst.
                      - quote: {text: Zonder spreker.}
                      - video: film.mp4
                      - figure: onbekend
                """);

        assertThatThrownBy(() -> PlanFile.read(file)).isInstanceOf(PlanFileException.class)
                .satisfies(error -> assertThat(((PlanFileException) error).problems()).containsExactly(
                        "ambitie: unknown key; allowed: ambition, figures, municipality, name, period, sections",
                        "ambition: required",
                        "sections[1].blocks[2] (quote).speaker: required",
                        "sections[1].blocks[3] (video): unknown kind of block; allowed: actions, figure, heading, "
                                + "links, list, numbered, paragraph, quote, series, table"))
                .hasMessageStartingWith(file + ": 4 problems:");
    }

    @Test
    void checksTheContentOnceTheFileIsWellFormed() throws IOException {
        Path file = write("""
                name: Veiligheidsplan Proefstad 2027-2030
                municipality: {name: Proefstad, cbsCode: "0034"}
                period: {firstYear: 2030, lastYear: 2027}
                ambition: Proefstad is veilig.
                sections:
                  - path: inleiding
                    title: Inleiding
                    blocks:
                      - figure: onbekend
                      - links: [{goal: "javascript:alert(1)"}]
                """);

        assertThatThrownBy(() -> PlanFile.read(file)).satisfies(error -> assertThat(
                ((PlanFileException) error).problems()).containsExactly(
                "municipality.cbsCode: a municipality's CBS code is GM and four digits (such as GM0363), not '0034'",
                "period: the period 2030-2027 is not a run of years (first year not after the last)",
                "inleiding#1: an unknown context figure 'onbekend'",
                "inleiding#2: 'javascript:alert(1)' is not a valid id for a link to GOAL"));
    }

    @Test
    void namesTheLineOfAYamlSyntaxErrorAndAFileThatIsNotThere() throws IOException {
        Path broken = write("name: Proefstad\nmunicipality: {name: [Proefstad\n");

        assertThatThrownBy(() -> PlanFile.read(broken)).hasMessageStartingWith(broken + ": line ")
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> PlanFile.read(folder.resolve("weg.yaml")))
                .hasMessage(folder.resolve("weg.yaml") + ": the file does not exist (or is not a file)");
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(folder.resolve("plan.yaml"), yaml);
    }

    private static List<String> paragraphs(List<Block> blocks) {
        return blocks.stream().filter(Block.Paragraph.class::isInstance)
                .map(block -> ((Block.Paragraph) block).text()).toList();
    }
}
