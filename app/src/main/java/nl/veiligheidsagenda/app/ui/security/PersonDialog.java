package nl.veiligheidsagenda.app.ui.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import nl.veiligheidsagenda.app.security.ApiToken;
import nl.veiligheidsagenda.app.security.ApiTokenService;
import nl.veiligheidsagenda.app.security.InvalidInputException;
import nl.veiligheidsagenda.app.security.InvalidInputException.Field;
import nl.veiligheidsagenda.app.security.PeopleService;
import nl.veiligheidsagenda.app.security.Person;
import nl.veiligheidsagenda.app.security.Role;
import nl.veiligheidsagenda.app.security.Security;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.core.registry.PluginStatus;

import java.util.LinkedHashMap;
import java.util.Map;

import java.util.function.Supplier;

/**
 * Creates a person ({@code person == null}) or edits one: name, role and theme scope; disable or enable; a new
 * password for a local account; API tokens (created here, shown once, revocable). The services check the rights
 * again and write the audit log.
 */
final class PersonDialog extends Dialog {

    private final Security security;
    private final Runnable onChange;
    private final Map<String, String> themeNames = new LinkedHashMap<>();
    private final FieldErrors errors = new FieldErrors();

    PersonDialog(Security security, ThemeService themes, Person person, Runnable onChange) {
        this.security = security;
        this.onChange = onChange;
        for (PluginStatus status : themes.installed()) {
            themeNames.put(status.id(), status.descriptor().name());
        }
        setHeaderTitle(person == null ? getTranslation("security.people.dialog.new")
                : getTranslation("security.people.dialog.edit", person.username()));
        setWidth("min(46rem, 95vw)");

        TextField username = errors.at(Field.USERNAME, new TextField(getTranslation("security.people.username")));
        username.setId("person-username");
        TextField name = errors.at(Field.DISPLAY_NAME, new TextField(getTranslation("security.people.name")));
        name.setId("person-name");
        Select<Role> role = errors.at(Field.ROLE, new Select<>());
        role.setId("person-role");
        role.setLabel(getTranslation("security.people.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation("security.role." + value.name()));
        CheckboxGroup<String> scope = errors.at(Field.THEMES,
                new CheckboxGroup<>(getTranslation("security.people.themes")));
        scope.setId("person-themes");
        scope.setItems(themeNames.keySet());
        scope.setItemLabelGenerator(id -> themeNames.getOrDefault(id, id));
        role.addValueChangeListener(event -> scope.setVisible(event.getValue() == Role.THEME_OWNER));
        FormLayout form = new FormLayout(username, name, role, scope);
        form.setColspan(scope, 2);
        add(errors.summary(), form);

        Button cancel = new Button(getTranslation(person == null ? "security.people.cancel"
                : "security.people.close"), click -> close());
        if (person == null) {
            PasswordField password = errors.at(Field.PASSWORD,
                    new PasswordField(getTranslation("security.people.password")));
            password.setId("person-password");
            password.setHelperText(getTranslation("security.account.password.help"));
            Checkbox mustChange = new Checkbox(getTranslation("security.people.must-change"), true);
            form.add(password, mustChange);
            role.setValue(Role.VIEWER);
            Button save = new Button(getTranslation("security.people.save"), click -> run(() -> {
                Person created = security.people().create(CurrentUser.actor(), new PeopleService.NewPerson(
                        username.getValue(), name.getValue(), role.getValue(), scope.getValue(),
                        password.getValue(), mustChange.getValue()));
                return getTranslation("security.people.created", created.username());
            }, true));
            save.setId("save-person");
            save.addThemeVariants(ButtonVariant.PRIMARY);
            getFooter().add(cancel, save);
            return;
        }
        username.setValue(person.username());
        username.setReadOnly(true);
        name.setValue(person.displayName());
        role.setValue(person.role());
        scope.setValue(person.ownedThemes());
        scope.setVisible(person.role() == Role.THEME_OWNER);
        Button save = new Button(getTranslation("security.people.save"), click -> run(() -> {
            security.people().update(CurrentUser.actor(), person.id(), name.getValue(), role.getValue(),
                    scope.getValue());
            return getTranslation("security.people.saved", person.username());
        }, false));
        save.setId("save-person");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button toggle = new Button(getTranslation(person.enabled() ? "security.people.disable"
                : "security.people.enable"), click -> run(() -> {
            security.people().setEnabled(CurrentUser.actor(), person.id(), !person.enabled());
            return getTranslation(person.enabled() ? "security.people.disabled-now" : "security.people.enabled-now",
                    person.username());
        }, true));
        toggle.setId("toggle-person");
        if (person.enabled()) {
            toggle.addThemeVariants(ButtonVariant.ERROR);
        }
        add(new HorizontalLayout(save, toggle));
        if (person.source() == Person.Source.LOCAL) {
            add(passwordReset(person));
        }
        add(tokens(person));
        getFooter().add(cancel);
    }

    private Div passwordReset(Person person) {
        PasswordField password = errors.at(Field.PASSWORD,
                new PasswordField(getTranslation("security.people.reset.password")));
        Checkbox mustChange = new Checkbox(getTranslation("security.people.must-change"), true);
        Button reset = new Button(getTranslation("security.people.reset.save"), click -> run(() -> {
            security.people().resetPassword(CurrentUser.actor(), person.id(), password.getValue(),
                    mustChange.getValue());
            password.clear();
            return getTranslation("security.people.reset.done", person.username());
        }, false));
        return new Div(new H3(getTranslation("security.people.reset.title")), new FormLayout(password, mustChange),
                reset);
    }

    private Div tokens(Person person) {
        Grid<ApiToken> grid = new Grid<>();
        grid.setId("person-tokens");
        grid.addColumn(ApiToken::label).setHeader(getTranslation("security.tokens.label"));
        grid.addColumn(token -> token.prefix() + "…").setHeader(getTranslation("security.tokens.prefix"));
        grid.addColumn(token -> AccountView.MOMENT.format(token.createdAt()))
                .setHeader(getTranslation("security.tokens.created"));
        grid.addColumn(token -> token.lastUsedAt() == null ? "" : AccountView.MOMENT.format(token.lastUsedAt()))
                .setHeader(getTranslation("security.tokens.last-used"));
        grid.addColumn(token -> getTranslation(token.active() ? "security.tokens.active" : "security.tokens.revoked"))
                .setHeader(getTranslation("security.tokens.state"));
        Runnable reload = () -> grid.setItems(security.tokens().list(CurrentUser.actor(), person.id()));
        grid.addComponentColumn(token -> {
            Button revoke = new Button(getTranslation("security.tokens.revoke"), click -> run(() -> {
                security.tokens().revoke(CurrentUser.actor(), token.id());
                reload.run();
                return getTranslation("security.tokens.revoked-now", token.prefix() + "…");
            }, false));
            revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            revoke.setVisible(token.active());
            return revoke;
        });
        grid.setAllRowsVisible(true);
        reload.run();
        TextField label = errors.at(Field.TOKEN_LABEL, new TextField(getTranslation("security.tokens.label")));
        label.setId("token-label");
        Button create = new Button(getTranslation("security.tokens.create"), click -> {
            errors.clear();
            try {
                ApiTokenService.Created created = security.tokens().create(CurrentUser.actor(), person.id(),
                        label.getValue());
                label.clear();
                reload.run();
                showOnce(created.secret());
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        create.setId("create-token");
        HorizontalLayout row = new HorizontalLayout(label, create);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return new Div(new H3(getTranslation("security.tokens.title")),
                new Paragraph(getTranslation("security.tokens.intro")), row, grid);
    }

    private void showOnce(String secret) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("security.tokens.shown-once.title"));
        TextField value = new TextField();
        value.setId("new-token");
        value.setValue(secret);
        value.setReadOnly(true);
        value.setWidthFull();
        dialog.add(new Paragraph(getTranslation("security.tokens.shown-once.text")), value);
        dialog.getFooter().add(new Button(getTranslation("security.people.close"), click -> dialog.close()));
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    /**
     * Runs a change; success: a notification, a refreshed list (and closes the dialog when asked); a refusal: its
     * message at the field it is about, or above the form.
     */
    private void run(Supplier<String> change, boolean closeAfter) {
        errors.clear();
        try {
            String message = change.get();
            Notification.show(message).addThemeVariants(NotificationVariant.SUCCESS);
            onChange.run();
            if (closeAfter) {
                close();
            }
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }

}
