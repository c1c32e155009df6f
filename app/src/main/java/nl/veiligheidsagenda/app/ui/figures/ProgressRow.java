package nl.veiligheidsagenda.app.ui.figures;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.veiligheidsagenda.app.figures.ProgressService;
import nl.veiligheidsagenda.app.figures.ActionStatus;
import nl.veiligheidsagenda.app.figures.ConflictException;
import nl.veiligheidsagenda.app.figures.StoredProgress;
import nl.veiligheidsagenda.app.figures.ValidationException;
import nl.veiligheidsagenda.app.ui.security.CurrentUser;
import nl.veiligheidsagenda.core.model.Action;

import java.util.Optional;

/** The state of one action in one year: status and a short note. */
class ProgressRow extends HorizontalLayout {

    private final ProgressService progress;
    private final Action action;
    private final int year;
    private final Select<ActionStatus> status = new Select<>();
    private final TextField note = new TextField();
    private int version;

    ProgressRow(ProgressService progress, Action action, int year) {
        this.progress = progress;
        this.action = action;
        this.year = year;
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        status.setLabel(getTranslation("progress.status", action.title()));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(item -> getTranslation("action-status." + item.name()));
        status.setWidth("16rem");
        status.setMaxWidth("100%");
        note.setLabel(getTranslation("progress.note"));
        note.setMaxLength(2000);
        note.setWidth("24rem");
        note.setMaxWidth("100%");
        Button save = new Button(getTranslation("progress.save"), event -> save());
        save.getElement().setAttribute("aria-label", getTranslation("progress.save-of", action.title(), year));
        add(status, note, save);
        load();
    }

    private void load() {
        Optional<StoredProgress> stored = progress.progressOfYear(year).stream()
                .filter(progress -> progress.actionId().equals(action.id())).findFirst();
        version = stored.map(StoredProgress::version).orElse(0);
        stored.ifPresent(progress -> {
            status.setValue(progress.status());
            note.setValue(progress.note());
        });
    }

    private void save() {
        status.setInvalid(false);
        try {
            progress.recordProgress(CurrentUser.actor(), action.id(), year, status.getValue(), note.getValue(), version);
            load();
            Notification.show(getTranslation("progress.saved", action.title()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ValidationException e) {
            status.setInvalid(true);
            status.setErrorMessage(e.errors().getFirst().message());
        } catch (ConflictException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            load();
        }
    }
}
