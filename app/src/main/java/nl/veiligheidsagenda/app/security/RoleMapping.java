package nl.veiligheidsagenda.app.security;

import nl.veiligheidsagenda.app.config.OidcSettings;
import nl.veiligheidsagenda.app.security.Role;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Maps the role claim's values to a role here: admin wins over theme owner, theme owner over viewer. */
public final class RoleMapping {

    /** A role with, for theme owners, the themes they own. */
    public record Mapped(Role role, Set<String> themes) {
    }

    private RoleMapping() {
    }

    public static Optional<Mapped> map(OidcSettings settings, Set<String> values) {
        if (values.stream().anyMatch(settings.adminValues()::contains)) {
            return Optional.of(new Mapped(Role.ADMIN, Set.of()));
        }
        Set<String> themes = new TreeSet<>();
        values.forEach(value -> themes.addAll(settings.ownerValues().getOrDefault(value, Set.of())));
        if (!themes.isEmpty()) {
            return Optional.of(new Mapped(Role.THEME_OWNER, themes));
        }
        if (values.stream().anyMatch(settings.viewerValues()::contains)) {
            return Optional.of(new Mapped(Role.VIEWER, Set.of()));
        }
        return Optional.empty();
    }
}
