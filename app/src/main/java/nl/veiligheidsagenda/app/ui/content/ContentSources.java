package nl.veiligheidsagenda.app.ui.content;

import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.figures.ProgressService;
import nl.veiligheidsagenda.app.plan.PlanService;
import nl.veiligheidsagenda.app.themes.ThemeService;

/**
 * The services content blocks are resolved against, in one injectable value: the enabled themes, the plan, the
 * stored figures, the plan's calendar and the actions' reported progress. Produced by the app's one wiring path ({@code web.AppProducers}).
 */
public record ContentSources(ThemeService themes, PlanService plan, FigureService figures, PlanCalendar calendar,
                             ProgressService progress) {
}
