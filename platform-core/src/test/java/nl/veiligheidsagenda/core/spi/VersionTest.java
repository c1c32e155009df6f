package nl.veiligheidsagenda.core.spi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VersionTest {

    @Test
    void handsOutACopyOfItsParts() {
        Version version = Version.parse("1.2.3");

        version.parts()[0] = 9;

        assertThat(version.parts()).containsExactly(1, 2, 3);
        assertThat(version).hasToString("1.2.3").isEqualTo(Version.parse("1.2.3"));
    }

    @Test
    void keepsNoReferenceToTheArrayItWasMadeFrom() {
        int[] parts = {2, 0};
        Version version = new Version(parts);

        parts[0] = 3;

        assertThat(version).hasToString("2.0");
    }

    @Test
    void missingPartsCountAsZero() {
        assertThat(Version.parse("1")).isEqualTo(Version.parse("1.0.0")).hasSameHashCodeAs(Version.parse("1.0"));
        assertThat(Version.parse("1.10")).isGreaterThan(Version.parse("1.9"));
    }
}
