package nl.veiligheidsagenda.theme.ondermijning;

/** The partners this theme's actions name, spelled as the platform's canonical partner names. */
final class Partners {

    static final String POLITIE = "Politie";
    static final String OPENBAAR_MINISTERIE = "Openbaar Ministerie";
    static final String RIEC = "RIEC";
    static final String ZORG_EN_VEILIGHEIDSHUIS = "Zorg- en Veiligheidshuis Flevoland";
    static final String OMGEVINGSDIENST = "Omgevingsdienst";
    static final String SCHOLEN = "Scholen";
    static final String JONGERENWERK = "Jongerenwerk";
    static final String BOAS = "Boa's";
    static final String WIJKTEAMS = "Wijkteams";
    static final String FLEVOLANDSE_GEMEENTEN = "Flevolandse gemeenten";
    static final String AVANS_HOGESCHOOL = "Avans Hogeschool";
    static final String MINISTERIE_VAN_JUSTITIE_EN_VEILIGHEID = "Ministerie van Justitie en Veiligheid";
    /** Named by the plan beside the lokale wijkteams; not yet in the canonical list. */
    static final String JEUGDGEZONDHEIDSZORG = "Jeugdgezondheidszorg";
    /** The Zorgcoördinator Mensenhandel, also the source of one of this theme's indicators. */
    static final String ZORGCOORDINATOR_MENSENHANDEL = "Zorgcoördinator Mensenhandel";

    private Partners() {
    }
}
