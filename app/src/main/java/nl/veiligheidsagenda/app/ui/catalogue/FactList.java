package nl.veiligheidsagenda.app.ui.catalogue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import nl.veiligheidsagenda.core.model.Action;

import java.util.List;

/** Facts as a description list, terms beside their values: an indicator's unit and source, an action's partners. */
final class FactList extends DescriptionList {

    FactList() {
        getStyle().set("display", "grid").set("grid-template-columns", "minmax(8rem, max-content) 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)");
    }

    /** An action's horizon, partners and target groups; what the plan does not name is left out. */
    static FactList of(Action action) {
        FactList facts = new FactList();
        facts.addIfAny("catalogue.action.horizon", action.horizon().isBlank() ? List.of() : List.of(action.horizon()));
        facts.addIfAny("catalogue.action.partners", action.partners());
        facts.addIfAny("catalogue.action.target-groups", action.targetGroups());
        return facts;
    }

    private void addIfAny(String termKey, List<String> values) {
        if (!values.isEmpty()) {
            add(termKey, String.join(", ", values));
        }
    }

    FactList add(String termKey, String value) {
        return add(termKey, new Description(value));
    }

    FactList add(String termKey, Component value) {
        return add(termKey, new Description(value));
    }

    private FactList add(String termKey, Description description) {
        Term term = new Term(getTranslation(termKey));
        term.getStyle().set("font-weight", "600");
        description.getStyle().set("margin", "0");
        add(term, description);
        return this;
    }
}
