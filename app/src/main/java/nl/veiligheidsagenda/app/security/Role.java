package nl.veiligheidsagenda.app.security;

/** What a person may do. Theme owners are additionally scoped to the themes they own. */
public enum Role {
    /** Beheerder: people, roles, enabled themes, audit log; may change everything. */
    ADMIN,
    /** Thema-eigenaar: edits the figures, stories and action progress of the themes they own; reads the rest. */
    THEME_OWNER,
    /** Lezer: reads everything that is enabled, changes nothing. */
    VIEWER
}
