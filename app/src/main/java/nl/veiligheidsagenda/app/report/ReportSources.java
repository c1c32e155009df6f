package nl.veiligheidsagenda.app.report;

import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.figures.GoalStatusService;
import nl.veiligheidsagenda.app.figures.ProgressService;
import nl.veiligheidsagenda.app.figures.StoryService;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.core.model.PlanDescription;

/** Where a report's content comes from: the enabled themes, the plan above them and the yearly cycle's data. */
public record ReportSources(ThemeService themes, PlanDescription plan, FigureService figures, StoryService stories,
                            ProgressService progress, GoalStatusService goals) {
}
