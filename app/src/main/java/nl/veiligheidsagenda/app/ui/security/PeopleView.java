package nl.veiligheidsagenda.app.ui.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.security.Person;
import nl.veiligheidsagenda.app.security.Security;
import nl.veiligheidsagenda.app.themes.ThemeService;

import java.util.TreeSet;

/** Admins list, create, disable and edit people: role, theme scope, password reset, API tokens. */
@Route("beheer/personen")
@Menu(order = 22, title = "security.nav.people", icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class PeopleView extends Div implements HasDynamicTitle {

    private final Security security;
    private final ThemeService themes;
    private final Grid<Person> grid = new Grid<>();

    @Inject
    public PeopleView(Security security, ThemeService themes) {
        this.security = security;
        this.themes = themes;
        addClassName("va-page");
        Button create = new Button(getTranslation("security.people.new"), VaadinIcon.PLUS.create(),
                click -> new PersonDialog(security, themes, null, this::refresh).open());
        create.setId("new-person");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1(getTranslation("security.people.title")), new Paragraph(getTranslation("security.people.intro")),
                create);

        grid.addColumn(Person::username).setHeader(getTranslation("security.people.username")).setSortable(true);
        grid.addColumn(Person::displayName).setHeader(getTranslation("security.people.name")).setSortable(true);
        grid.addColumn(person -> getTranslation("security.role." + person.role().name()))
                .setHeader(getTranslation("security.people.role")).setSortable(true);
        grid.addColumn(person -> String.join(", ", new TreeSet<>(person.ownedThemes().stream()
                        .map(this::themeName).toList())))
                .setHeader(getTranslation("security.people.themes"));
        grid.addColumn(person -> getTranslation(person.enabled() ? "security.people.active"
                : "security.people.disabled")).setHeader(getTranslation("security.people.status"));
        grid.addColumn(person -> getTranslation("security.source." + person.source().name()))
                .setHeader(getTranslation("security.people.source"));
        grid.addColumn(person -> person.lastLoginAt() == null ? "" : AccountView.MOMENT.format(person.lastLoginAt()))
                .setHeader(getTranslation("security.people.last-login"));
        // drawn by the browser from two texts per row: no server-side button, icon and text per person
        grid.addColumn(LitRenderer.<Person>of("<vaadin-button theme=\"tertiary\" class=\"va-edit-person\""
                                + " aria-label=\"${item.label}\" @click=\"${edit}\"><vaadin-icon icon=\"vaadin:edit\""
                                + " slot=\"prefix\"></vaadin-icon>${item.text}</vaadin-button>")
                        .withProperty("text", person -> getTranslation("security.people.edit"))
                        .withProperty("label", person -> getTranslation("security.people.edit-of", person.username()))
                        .withFunction("edit", person -> new PersonDialog(security, themes, person, this::refresh)
                                .open()))
                .setHeader(getTranslation("security.people.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("security.people.title"));
        add(grid);
        refresh();
    }

    /** A theme's name for its id; an id no installed theme has any more stays as it is. */
    private String themeName(String id) {
        return themes.installed().stream().filter(status -> status.descriptor().id().equals(id))
                .map(status -> status.descriptor().name()).findFirst().orElse(id);
    }

    private void refresh() {
        grid.setItems(security.people().list(CurrentUser.actor()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.people.title") + " | " + getTranslation("app.title");
    }
}
