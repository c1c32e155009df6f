package nl.veiligheidsagenda.app.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A view's choices (year, filters) in its address's query, {@code ?jaar=2024&thema=wijken}: a chosen view can be
 * bookmarked, shared and reloaded. Values read from an address are only ever matched against the view's own
 * choices or shown as a field's value, never as markup: anyone can send a person a crafted link.
 */
public final class AddressQuery {

    /** The theme a view is filtered on, by its id: {@code ?thema=wijken}. */
    public static final String THEME = "thema";
    /** The longest value read from an address (a search text); longer values are cut. */
    public static final int MAX_LENGTH = 200;

    private AddressQuery() {
    }

    /** The parameter's value in {@code location}, stripped and at most {@link #MAX_LENGTH} long; "" if absent. */
    public static String value(Location location, String name) {
        String value = location.getQueryParameters().getSingleParameter(name).orElse("").strip();
        return value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }

    /**
     * Puts {@code parameters} (blank values left out, in their order) into the address of the page that shows
     * {@code view}, without a new history entry, so Back leaves the view rather than undoing a filter. Nothing
     * happens while the view is not shown yet (it is being opened from an address).
     */
    public static void show(Component view, Map<String, String> parameters) {
        view.getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(ui.getInternals().getActiveViewLocation().getPath(), query(parameters))));
    }

    /** Parameters in the order given: name, value, name, value ... */
    public static Map<String, String> parameters(String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    /** {@code path} with {@code parameters} as its query (blank values left out). */
    public static String link(String path, Map<String, String> parameters) {
        return new Location(path, query(parameters)).getPathWithQueryParameters();
    }

    private static QueryParameters query(Map<String, String> parameters) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.put(name, List.of(value));
            }
        });
        return new QueryParameters(query);
    }
}
