package nl.veiligheidsagenda.app.figures;

import nl.veiligheidsagenda.core.model.Baseline;
import nl.veiligheidsagenda.core.model.BaselinePeriod;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which allowed values the entry form asks about, and what it says. */
class PlausibilityTest {

    private static final Series RATE = new Series("gedigitaliseerd", "Gedigitaliseerde criminaliteit",
            Unit.PER_1000_RESIDENTS, Baseline.of("6.3", BaselinePeriod.year(2021)));

    @Test
    void aValueFarAboveTheBaselineIsAskedAbout() {
        assertThat(Plausibility.doubt(RATE, 2024, new BigDecimal("123.4"), List.of())).contains("123,4 is meer dan"
                + " drie keer zo hoog als wat Gedigitaliseerde criminaliteit eerder liet zien (nulwaarde en andere"
                + " jaren: 6,3). Klopt dit getal?");
        assertThat(Plausibility.doubt(RATE, 2024, new BigDecimal("18.9"), List.of())).isEmpty();
        assertThat(Plausibility.doubt(RATE, 2024, new BigDecimal("18.91"), List.of())).isPresent();
    }

    @Test
    void aValueFarBelowWhatCameBeforeIsAskedAboutAndTheOtherYearsCount() {
        List<StoredFigure> stored = List.of(figure(2023, "9.5"), figure(2024, "0.5"));
        assertThat(Plausibility.doubt(RATE, 2024, new BigDecimal("2"), stored)).contains("2 is minder dan een"
                + " derde van wat Gedigitaliseerde criminaliteit eerder liet zien (nulwaarde en andere jaren: 6,3 tot"
                + " 9,5). Klopt dit getal?");
        assertThat(Plausibility.doubt(RATE, 2024, new BigDecimal("28"), stored)).isEmpty();
    }

    @Test
    void nothingBeforeOrARefusedValueIsNotAskedAbout() {
        Series none = new Series("nieuw", "Nieuw", Unit.PER_1000_RESIDENTS, null);
        assertThat(Plausibility.doubt(none, 2024, new BigDecimal("999"), List.of())).isEmpty();
        assertThat(Plausibility.doubt(RATE, 2024, new BigDecimal("-1"), List.of())).isEmpty();
        assertThat(Plausibility.doubt(RATE, 2024, new BigDecimal("1234.5"), List.of())).isEmpty();
    }

    private static StoredFigure figure(int year, String value) {
        return new StoredFigure("i", RATE.id(), StoredFigure.MUNICIPALITY, year, new BigDecimal(value), null, null,
                FigureStatus.FINAL, "", "test", null, 1);
    }
}
