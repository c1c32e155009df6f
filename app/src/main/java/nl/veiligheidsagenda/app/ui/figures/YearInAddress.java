package nl.veiligheidsagenda.app.ui.figures;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Location;
import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.ui.components.AddressQuery;

import java.util.Map;
import java.util.Optional;

/**
 * The reporting year of a page about the yearly cycle in its address, {@code ?jaar=2023}, so a year can be linked
 * to and survives a reload. A year outside the plan period, or no number, is ignored: the page opens on the report
 * year.
 */
public final class YearInAddress {

    private YearInAddress() {
    }

    /** The plan year named in {@code location}, if it names one. */
    public static Optional<Integer> of(Location location, PlanCalendar calendar) {
        return Optional.of(AddressQuery.value(location, PlanCalendar.YEAR_PARAMETER))
                .filter(text -> text.matches("\\d{4}")).map(Integer::valueOf)
                .filter(year -> calendar.years().contains(year));
    }

    /** Keeps the address in step with {@code year}'s choice, without a new history entry. */
    public static void follow(Select<Integer> year, Component page) {
        year.addValueChangeListener(event -> AddressQuery.show(page,
                Map.of(PlanCalendar.YEAR_PARAMETER, String.valueOf(event.getValue()))));
    }

    /** A link to {@code path} that opens on {@code year}. */
    public static String link(String path, int year) {
        return AddressQuery.link(path, Map.of(PlanCalendar.YEAR_PARAMETER, String.valueOf(year)));
    }
}
