package nl.veiligheidsagenda.theme.wijken;

/** Partners the plan names in this theme, spelled as the other themes spell them. */
final class Partners {

    static final String POLITIE = "Politie";
    static final String ZVHF = "Zorg- en Veiligheidshuis Flevoland";
    static final String GGD = "GGD";
    static final String DE_SCHOOR = "De Schoor";
    static final String SCHOLEN = "Scholen";
    static final String ONDERNEMERS = "Ondernemers";
    static final String JONGERENWERK = "Jongerenwerk";
    static final String BOAS = "Boa's";
    static final String VEILIG_THUIS = "Veilig Thuis";
    static final String WONINGCORPORATIES = "Woningcorporaties";
    static final String BEWONERS = "Bewoners";
    /** "hulpverlening" (woonoverlast, schoolveiligheid). */
    static final String HULPVERLENING = "Hulpverlening";
    /** "zorg- en welzijnspartners" (hotspotaanpak). */
    static final String ZORG_EN_WELZIJNSPARTNERS = "Zorg- en welzijnspartners";
    static final String RECLASSERING = "Reclassering Nederland";
    static final String BLIJF_GROEP = "Blijf Groep";
    static final String STICHTING_MENDOO = "Stichting Mendoo";

    private Partners() {
    }
}
