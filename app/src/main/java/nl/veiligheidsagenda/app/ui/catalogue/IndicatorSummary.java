package nl.veiligheidsagenda.app.ui.catalogue;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;

/** An indicator in a list: its name linking to its page, its source and each series' baseline with period. */
public class IndicatorSummary extends ListItem {

    public IndicatorSummary(Indicator indicator) {
        PlanWords words = new PlanWords(this::getTranslation, getLocale());
        add(CatalogueLinks.indicator(indicator),
                new Text(" (" + getTranslation("indicator.source") + ": " + indicator.source() + ")"));
        UnorderedList baselines = new UnorderedList();
        for (Series series : indicator.series()) {
            String baseline = words.baseline(series).orElseGet(() -> getTranslation("indicator.no-baseline"));
            baselines.add(new ListItem(getTranslation("indicator.baseline-of", series.name(), baseline)));
        }
        add(baselines);
    }
}
