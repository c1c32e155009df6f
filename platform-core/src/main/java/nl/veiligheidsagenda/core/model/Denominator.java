package nl.veiligheidsagenda.core.model;

/** A population that rates per 1,000 are computed against; its yearly size is deployment data. */
public enum Denominator {
    RESIDENTS,
    YOUNG_PEOPLE_12_24,
    DWELLINGS,
    BUSINESS_ESTABLISHMENTS
}
