package nl.veiligheidsagenda.core.evaluation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static nl.veiligheidsagenda.core.evaluation.Fixtures.dutch2023;
import static nl.veiligheidsagenda.core.evaluation.Fixtures.nuisance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RatesTest {

    @Test
    void countBecomesARatePerThousandWithTwoDecimals() {
        assertThat(Rates.perThousand(190, 100_000)).isEqualTo(new BigDecimal("1.90"));
    }

    @Test
    void rateIsRoundedHalfUp() {
        assertThat(Rates.perThousand(1, 1_600)).isEqualTo(new BigDecimal("0.63"));
    }

    @Test
    void zeroDenominatorIsRefusedWithAClearMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> Rates.perThousand(5, 0))
                .withMessageContaining("denominator").withMessageContaining("must be greater than 0");
    }

    @Test
    void negativeDenominatorIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Rates.perThousand(5, -10))
                .withMessageContaining("-10");
    }

    @Test
    void negativeCountIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Rates.perThousand(-1, 1_000))
                .withMessageContaining("count");
    }

    @Test
    void convertedCountIsEvaluatedAgainstTheBaseline() {
        // 418 reports among 220,000 residents is 1.90 per 1,000, against a baseline of 2.2.
        BigDecimal rate = Rates.perThousand(418, 220_000);
        Measurement measurement = new Measurement("wijken.overlast", "overlast", 2023, rate, MeasurementStatus.FINAL);

        SeriesResult result = SeriesEvaluator.evaluate(nuisance(), nuisance().series().getFirst(),
                List.of(measurement), dutch2023());

        assertThat(result.outcome()).isEqualTo(SeriesOutcome.BETTER);
        assertThat(result.explanation()).startsWith("2023: 1,9 per 1.000 inwoners;");
    }
}
