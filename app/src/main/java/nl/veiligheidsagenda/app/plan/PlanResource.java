package nl.veiligheidsagenda.app.plan;

import nl.veiligheidsagenda.core.model.PlanDescription;

import java.util.List;
import java.util.Map;

/** {@code GET /api/v1/plan}: the plan above the themes, as the deployment's plan description gives it. */
public final class PlanResource {

    private PlanResource() {
    }

    record PlanJson(String name, MunicipalityJson municipality, PeriodJson period, String ambition,
                    List<SectionJson> sections, List<ContentJson.FigureJson> figures) {
    }

    record MunicipalityJson(String name, String cbsCode) {
    }

    record PeriodJson(int firstYear, int lastYear) {
    }

    record SectionJson(String path, String title, String summary, List<Map<String, Object>> blocks) {
    }

    public static PlanJson plan(PlanService plan) {
        PlanDescription description = plan.description();
        return new PlanJson(description.name(),
                new MunicipalityJson(description.municipality().name(), description.municipality().cbsCode()),
                new PeriodJson(description.period().firstYear(), description.period().lastYear()),
                description.ambition(),
                description.sections().stream().map(section -> new SectionJson(section.path(), section.title(),
                        section.summary(), ContentJson.blocks(section.blocks()))).toList(),
                description.figures().stream().map(ContentJson::figure).toList());
    }
}
