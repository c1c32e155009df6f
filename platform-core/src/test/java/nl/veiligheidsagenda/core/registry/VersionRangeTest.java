package nl.veiligheidsagenda.core.registry;

import nl.veiligheidsagenda.core.spi.Version;
import nl.veiligheidsagenda.core.spi.VersionRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionRangeTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            "[1.0,2.0); 1.0; true", "[1.0,2.0); 1.9.9; true", "[1.0,2.0); 2.0; false", "[1.0,2.0); 0.9; false",
            "(1.0,2.0]; 1.0; false", "(1.0,2.0]; 2.0; true", "[1.0,); 7.3; true", "1.2; 1.10; true",
            "1.2; 1.1; false", "[1.0]; 1; true", "[1.0]; 1.0.1; false"})
    void containsVersionsWithinItsBounds(String range, String version, boolean expected) {
        assertThat(VersionRange.parse(range).contains(Version.parse(version))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"[1.0", "[2.0,1.0)", "[a,b)", "''"})
    void rejectsMalformedRanges(String range) {
        assertThatThrownBy(() -> VersionRange.parse(range)).isInstanceOf(IllegalArgumentException.class);
    }
}
