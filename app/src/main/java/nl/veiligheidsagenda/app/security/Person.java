package nl.veiligheidsagenda.app.security;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Someone who may sign in. Local accounts have a password (stored only as an Argon2id hash, never in this record);
 * OpenID Connect accounts get their role from the identity provider at every sign-in.
 *
 * @param ownedThemes        for theme owners: the ids of their themes; empty for other roles
 * @param mustChangePassword a generated or admin-set password that the person must replace at the next sign-in
 */
public record Person(long id, String username, String displayName, Role role, Set<String> ownedThemes,
                     boolean enabled, Source source, boolean mustChangePassword, OffsetDateTime createdAt,
                     String createdBy, OffsetDateTime lastLoginAt) {

    /** Where the account's identity comes from. */
    public enum Source {
        LOCAL,
        OIDC
    }

    public Person {
        ownedThemes = role == Role.THEME_OWNER ? Set.copyOf(ownedThemes) : Set.of();
    }

    /** The actor on whose behalf this person reads and changes things. */
    public Actor actor() {
        return new Actor(username, role, ownedThemes);
    }
}
