package nl.veiligheidsagenda.app.themes;

import nl.veiligheidsagenda.app.config.Settings;
import nl.veiligheidsagenda.app.themes.JdbcThemeSettingsStore;
import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.Guard;
import nl.veiligheidsagenda.app.security.Outcome;
import nl.veiligheidsagenda.core.registry.PluginRegistry;
import nl.veiligheidsagenda.core.registry.PluginStatus;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Which themes this deployment runs: the installed plugins the registry accepted, narrowed by
 * {@code VEILIGHEID_THEMES}, switched on or off by an admin (stored, effective at once).
 */
public final class ThemeService {

    private final PluginRegistry registry;
    private final Settings settings;
    private final JdbcThemeSettingsStore store;
    private final AuditLog audit;

    public ThemeService(PluginRegistry registry, Settings settings, JdbcThemeSettingsStore store, AuditLog audit) {
        this.registry = registry;
        this.settings = settings;
        this.store = store;
        this.audit = audit;
        registry.setEnabled(wanted(store.load()));
    }

    private List<String> wanted(Map<String, Boolean> stored) {
        return registry.accepted().stream().map(plugin -> plugin.descriptor().id())
                .filter(settings::allows)
                .filter(id -> stored.getOrDefault(id, true))
                .toList();
    }

    /**
     * Takes over the choice stored by an admin on another application instance: switches the themes whose stored
     * state differs from this instance's (menus and routes follow through the registry's listeners).
     */
    public void refresh() {
        List<String> wanted = wanted(store.load());
        for (var plugin : registry.accepted()) {
            String id = plugin.descriptor().id();
            if (registry.isEnabled(id) != wanted.contains(id)) {
                registry.setEnabled(id, wanted.contains(id));
            }
        }
    }

    public PluginRegistry registry() {
        return registry;
    }

    /** Tells {@code listener} after every switch of a theme (menus and routes follow it). */
    public void addListener(Consumer<PluginRegistry> listener) {
        registry.addListener(listener);
    }

    public void removeListener(Consumer<PluginRegistry> listener) {
        registry.removeListener(listener);
    }

    public List<PluginStatus> installed() {
        return registry.installed();
    }

    public List<ThemePlugin> enabled() {
        return registry.enabled();
    }

    public Optional<ThemePlugin> enabledTheme(String id) {
        return registry.enabledPlugin(id);
    }

    public boolean isEnabled(String id) {
        return registry.isEnabled(id);
    }

    /** True when the deployment's configuration lets this theme run at all. */
    public boolean isAllowed(String id) {
        return settings.allows(id);
    }

    /**
     * Switches a theme on or off (admins only), stores the choice, updates menus and routes and writes the audit
     * log.
     *
     * @throws nl.veiligheidsagenda.app.security.AccessDeniedException when the actor is not an admin
     * @throws IllegalArgumentException when the theme is refused or not allowed by the configuration
     */
    public void setEnabled(String id, boolean on, Actor actor) {
        String action = on ? "theme.enable" : "theme.disable";
        Guard.requireAdmin(audit, actor, action, "theme:" + id);
        try {
            PluginStatus status = registry.status(id)
                    .orElseThrow(() -> new IllegalArgumentException("no theme plugin has id '" + id + "'"));
            if (!status.compatible()) {
                throw new IllegalArgumentException("theme '" + id + "' is refused and cannot be switched on or off");
            }
            if (on && !settings.allows(id)) {
                throw new IllegalArgumentException("theme '" + id + "' is not allowed by VEILIGHEID_THEMES");
            }
        } catch (IllegalArgumentException e) {
            audit.record(actor, action, "theme:" + id, Outcome.FAILURE, e.getMessage());
            throw e;
        }
        store.save(id, on, actor.username());
        registry.setEnabled(id, on);
        audit.record(actor, action, "theme:" + id, Outcome.SUCCESS, "");
    }
}
