package nl.veiligheidsagenda.app.security;

/** Service-layer checks that also write refusals to the audit log. */
public final class Guard {

    private Guard() {
    }

    /** Throws {@link AccessDeniedException} (and audits it) when the actor is not an admin. */
    public static void requireAdmin(AuditLog audit, Actor actor, String action, String target) {
        if (actor == null || !actor.isAdmin()) {
            audit.record(actor == null ? AuditLog.ANONYMOUS : actor.username(), action, target, Outcome.DENIED,
                    "geen beheerder");
            throw new AccessDeniedException((actor == null ? "nobody" : actor.username()) + " is not an admin");
        }
    }

    /** Throws {@link AccessDeniedException} (and audits it) when the actor may not change the theme. */
    public static void requireEditRights(AuditLog audit, Actor actor, String themeId, String action, String target) {
        if (actor == null || !actor.mayEditTheme(themeId)) {
            audit.record(actor == null ? AuditLog.ANONYMOUS : actor.username(), action, target, Outcome.DENIED,
                    "geen rechten op thema " + themeId);
            throw new AccessDeniedException((actor == null ? "nobody" : actor.username())
                    + " may not change theme '" + themeId + "'");
        }
    }
}
