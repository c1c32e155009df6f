package nl.veiligheidsagenda.app.figures;

import nl.veiligheidsagenda.core.model.Denominator;

import java.util.OptionalLong;

/** The size of a denominator in a year, to turn a count into a rate per 1,000; empty when it is not known. */
@FunctionalInterface
public interface Populations {

    OptionalLong of(int year, Denominator kind);
}
