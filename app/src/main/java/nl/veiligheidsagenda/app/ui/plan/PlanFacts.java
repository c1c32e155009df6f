package nl.veiligheidsagenda.app.ui.plan;

import com.vaadin.flow.component.html.DescriptionList;
import nl.veiligheidsagenda.core.model.PlanDescription;

/** Whose plan it is, the years it runs and its ambition, as a description list. */
public class PlanFacts extends DescriptionList {

    public PlanFacts(PlanDescription plan) {
        addClassName("va-facts");
        fact("plan.municipality", getTranslation("plan.municipality.value", plan.municipality().name(),
                plan.municipality().cbsCode()));
        fact("plan.period", plan.period().toString());
        fact("plan.ambition", plan.ambition());
    }

    private void fact(String key, String value) {
        add(new Term(getTranslation(key)), new Description(value));
    }
}
