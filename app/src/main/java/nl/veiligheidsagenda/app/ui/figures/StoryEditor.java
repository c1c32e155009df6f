package nl.veiligheidsagenda.app.ui.figures;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import nl.veiligheidsagenda.app.figures.StoryService;
import nl.veiligheidsagenda.app.figures.ConflictException;
import nl.veiligheidsagenda.app.figures.StoredStory;
import nl.veiligheidsagenda.app.figures.ValidationException;
import nl.veiligheidsagenda.app.ui.security.CurrentUser;
import nl.veiligheidsagenda.core.evaluation.OwnerStatus;

import java.util.Optional;

/**
 * "Het verhaal achter de cijfers" of a goal or an indicator for one year; for a goal without effect indicator
 * the owner also sets its assessment here.
 */
class StoryEditor extends VerticalLayout {

    private final StoryService stories;
    private final StoredStory.StoryKind kind;
    private final String subjectId;
    private final int year;
    private final TextArea body = new TextArea();
    private final Select<OwnerStatus> assessment = new Select<>();
    private int version;

    StoryEditor(StoryService stories, StoredStory.StoryKind kind, String subjectId, String subjectName, int year,
                boolean withAssessment) {
        this.stories = stories;
        this.kind = kind;
        this.subjectId = subjectId;
        this.year = year;
        setPadding(false);
        body.setLabel(getTranslation("story.label", subjectName, year));
        body.setWidthFull();
        body.setMaxLength(20_000);
        body.setMinHeight("6rem");
        assessment.setLabel(getTranslation("story.assessment"));
        assessment.setItems(OwnerStatus.values());
        assessment.setItemLabelGenerator(status -> getTranslation("owner." + status.name()));
        assessment.setVisible(withAssessment);
        Button save = new Button(getTranslation("story.save"), event -> save());
        save.getElement().setAttribute("aria-label", getTranslation("story.save-of", subjectName, year));
        add(body, assessment, save);
        load();
    }

    private void load() {
        Optional<StoredStory> stored = stories.stories(kind, subjectId).stream()
                .filter(story -> story.year() == year).findFirst();
        version = stored.map(StoredStory::version).orElse(0);
        stored.ifPresent(story -> {
            body.setValue(story.body());
            if (story.assessment() != null) {
                assessment.setValue(OwnerStatus.valueOf(story.assessment()));
            }
        });
    }

    private void save() {
        body.setInvalid(false);
        try {
            if (kind == StoredStory.StoryKind.GOAL) {
                stories.writeGoalStory(CurrentUser.actor(), subjectId, year, body.getValue(),
                        assessment.isVisible() ? assessment.getValue() : null, version);
            } else {
                stories.writeIndicatorStory(CurrentUser.actor(), subjectId, year, body.getValue(), version);
            }
            load();
            Notification.show(getTranslation("story.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ValidationException e) {
            body.setInvalid(true);
            body.setErrorMessage(e.errors().getFirst().message());
        } catch (ConflictException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            load();
        }
    }
}
