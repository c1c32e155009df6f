package nl.veiligheidsagenda.theme.ondermijning;

/** The target groups of this theme's actions, spelled as the platform's canonical target-group names. */
final class TargetGroups {

    /** Children, pupils, young people and young adults: the plan's cross-cutting target group. */
    static final String JEUGD = "Jeugd";
    static final String ONDERNEMERS = "Ondernemers";
    static final String ALMEERDERS = "Almeerders";
    static final String PROFESSIONALS = "Professionals";
    static final String SLACHTOFFERS = "Slachtoffers";
    static final String DADERS = "Daders";
    /** Civil servants, political office holders and administrators ("ambtenaren", "bestuurders"). */
    static final String AMBTENAREN_EN_BESTUURDERS = "Ambtenaren en bestuurders";

    private TargetGroups() {
    }
}
