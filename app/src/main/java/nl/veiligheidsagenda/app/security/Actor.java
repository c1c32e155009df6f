package nl.veiligheidsagenda.app.security;

import java.util.Set;

/**
 * The person (or API token holder) on whose behalf something is read or changed. Services take an actor and check
 * it themselves, so a crafted request cannot bypass the UI's checks.
 *
 * @param username    the account name, written to the audit log
 * @param role        the account's role
 * @param ownedThemes for theme owners: the ids of the themes they own
 */
public record Actor(String username, Role role, Set<String> ownedThemes) {

    public Actor {
        ownedThemes = Set.copyOf(ownedThemes);
    }

    public static Actor admin(String username) {
        return new Actor(username, Role.ADMIN, Set.of());
    }

    public static Actor owner(String username, Set<String> themes) {
        return new Actor(username, Role.THEME_OWNER, themes);
    }

    public static Actor viewer(String username) {
        return new Actor(username, Role.VIEWER, Set.of());
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Admins edit every theme; owners the themes they own; viewers none. */
    public boolean mayEditTheme(String themeId) {
        return isAdmin() || (role == Role.THEME_OWNER && ownedThemes.contains(themeId));
    }

    /** Throws when this actor may not edit the theme. */
    public void requireEditRights(String themeId) {
        if (!mayEditTheme(themeId)) {
            throw new AccessDeniedException(username + " may not change theme '" + themeId + "'");
        }
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw new AccessDeniedException(username + " is not an admin");
        }
    }
}
