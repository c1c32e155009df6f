package nl.veiligheidsagenda.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a yearly figure is published in a statistics table (CBS StatLine, including the police's registered crime
 * and the Veiligheidsmonitor), so that it can be imported from the table's files instead of typed in. The region is
 * never part of it: a deployment imports its own municipality's figures (its CBS code from the plan description).
 *
 * @param table   the table's identifier, e.g. {@code 83648NED}; compared without regard to case
 * @param measure the measure ("onderwerp") that holds the number
 * @param filters the value each other dimension must have, e.g. the crime type; a filter with several values sums
 *                the figures of those values (e.g. the single ages 12 to 24); dimensions without a filter must
 *                not vary in the file
 * @param kind    whether the number is a count, turned into a rate per 1,000 with the year's denominator when the
 *                series is a rate, or already the series' value (a rate or a percentage as the series states it)
 */
public record PublishedSource(String table, Code measure, List<Filter> filters, ValueKind kind) {

    public PublishedSource {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(kind, "kind");
        filters = List.copyOf(filters);
    }

    public enum ValueKind {
        /** A number of events or people; for a rate series it is divided by the year's denominator. */
        COUNT,
        /** Already in the series' unit (a rate per 1,000 or a percentage). */
        VALUE
    }

    /**
     * One measure or dimension value, as the table's files name it.
     *
     * @param title the label StatLine shows and its CSV download uses, e.g. "Misdrijven, totaal"
     * @param keys  the codes the OData services use for it: the v3 key (e.g. {@code T001161} or
     *              {@code TotaalGeregistreerdeMisdrijven_1}) and, where it differs, the v4 identifier
     *              (e.g. {@code M004200_2}); compared after trimming the padding spaces CBS adds
     */
    public record Code(String title, List<String> keys) {

        public Code {
            Objects.requireNonNull(title, "title");
            keys = List.copyOf(keys);
        }

        public static Code of(String title, String... keys) {
            return new Code(title, List.of(keys));
        }
    }

    /**
     * The values one dimension must have.
     *
     * @param dimension the dimension's key in the OData services, e.g. {@code SoortMisdrijf}; the CSV download's
     *                  column title ("Soort misdrijf") is matched without spaces, punctuation or case
     * @param values    one value, or several whose figures are summed
     */
    public record Filter(String dimension, List<Code> values) {

        public Filter {
            Objects.requireNonNull(dimension, "dimension");
            values = List.copyOf(values);
        }

        public static Filter of(String dimension, Code... values) {
            return new Filter(dimension, List.of(values));
        }
    }
}
