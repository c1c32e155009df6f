package nl.veiligheidsagenda.theme.wijken;

/** Target groups of this theme's actions; youth ("Jeugd") is the plan's cross-cutting target group. */
final class TargetGroups {

    static final String JEUGD = "Jeugd";
    static final String ALMEERDERS = "Almeerders";
    static final String ONDERNEMERS = "Ondernemers";
    static final String PROFESSIONALS = "Professionals";
    static final String SLACHTOFFERS = "Slachtoffers";
    static final String DADERS = "Daders";
    static final String OMSTANDERS = "Omstanders";
    static final String PERSONEN_MET_VERWARD_GEDRAG = "Personen met verward gedrag";
    static final String VERSLAAFDEN = "Verslaafden";

    private TargetGroups() {
    }
}
