package nl.veiligheidsagenda.app.ui.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.security.InvalidInputException;
import nl.veiligheidsagenda.app.security.Person;
import nl.veiligheidsagenda.app.security.Security;

import java.time.format.DateTimeFormatter;
import java.util.TreeSet;

/** "Mijn account": who you are here, and a new password (required first when the current one was generated). */
@Route("account")
@PermitAll
public class AccountView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    private final Security security;

    @Inject
    public AccountView(Security security) {
        this.security = security;
        addClassName("va-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Person person = CurrentUser.person().orElseThrow();
        add(new H1(getTranslation("security.account.title")));
        if (person.mustChangePassword()) {
            Paragraph warning = new Paragraph(getTranslation("security.account.must-change"));
            warning.addClassName("va-warning");
            warning.setId("must-change-password");
            add(warning);
        }
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Div(person.username()), getTranslation("security.account.username"));
        facts.addFormItem(new Div(person.displayName()), getTranslation("security.account.name"));
        facts.addFormItem(new Div(getTranslation("security.role." + person.role().name())),
                getTranslation("security.account.role"));
        if (!person.ownedThemes().isEmpty()) {
            facts.addFormItem(new Div(String.join(", ", new TreeSet<>(person.ownedThemes()))),
                    getTranslation("security.account.themes"));
        }
        facts.addFormItem(new Div(getTranslation("security.source." + person.source().name())),
                getTranslation("security.account.source"));
        facts.addFormItem(new Div(person.lastLoginAt() == null ? getTranslation("security.account.none")
                : MOMENT.format(person.lastLoginAt())), getTranslation("security.account.last-login"));
        add(facts);
        add(new H2(getTranslation("security.account.password.title")));
        if (person.source() != Person.Source.LOCAL) {
            add(new Paragraph(getTranslation("security.account.oidc")));
            return;
        }
        add(passwordForm(person));
    }

    private Div passwordForm(Person person) {
        FieldErrors errors = new FieldErrors();
        PasswordField current = errors.at(InvalidInputException.Field.CURRENT_PASSWORD,
                new PasswordField(getTranslation("security.account.password.current")));
        current.setId("current-password");
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        PasswordField next = errors.at(InvalidInputException.Field.PASSWORD,
                new PasswordField(getTranslation("security.account.password.new")));
        next.setId("new-password");
        next.setHelperText(getTranslation("security.account.password.help"));
        next.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        PasswordField repeat = new PasswordField(getTranslation("security.account.password.repeat"));
        repeat.setId("repeat-password");
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        Button save = new Button(getTranslation("security.account.password.save"));
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> {
            errors.clear();
            repeat.setInvalid(false);
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("security.account.password.mismatch"));
                return;
            }
            try {
                security.people().changeOwnPassword(CurrentUser.actor(), current.getValue(), next.getValue());
            } catch (InvalidInputException e) {
                errors.show(e);
                return;
            }
            Notification.show(getTranslation("security.account.password.changed"))
                    .addThemeVariants(NotificationVariant.SUCCESS);
            if (person.mustChangePassword()) {
                UI.getCurrent().getPage().setLocation("");
            } else {
                current.clear();
                next.clear();
                repeat.clear();
            }
        });
        FormLayout form = new FormLayout(current, next, repeat);
        form.setMaxWidth("32rem");
        return new Div(errors.summary(), form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.account.title") + " | " + getTranslation("app.title");
    }
}
