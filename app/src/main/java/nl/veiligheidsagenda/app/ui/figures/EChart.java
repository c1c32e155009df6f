package nl.veiligheidsagenda.app.ui.figures;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;

/**
 * An Apache ECharts chart: the library comes from its webjar (no frontend build), the option is ECharts' own JSON.
 * A chart is an image to screen readers (role "img" with a label); the page must offer the same data as a table.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
public class EChart extends Div {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String option;

    public EChart(ObjectNode option, String label) {
        this.option = option.toString();
        addClassName("va-chart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", label);
        setWidthFull();
        setHeight("320px");
    }

    /** A fresh ECharts option object to fill. */
    public static ObjectNode option() {
        return JSON.createObjectNode();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Numbers in the UI's locale (0,6 in Dutch): formatters are functions, so they are set here, not in JSON.
        getElement().executeJs("""
                const option = JSON.parse($0);
                const number = new Intl.NumberFormat($1, {maximumFractionDigits: 2});
                const format = value => value == null ? '-' : number.format(value);
                option.tooltip = Object.assign({trigger: 'axis', valueFormatter: format}, option.tooltip);
                [].concat(option.xAxis || [], option.yAxis || []).filter(axis => axis.type === 'value')
                    .forEach(axis => axis.axisLabel = Object.assign({formatter: format}, axis.axisLabel));
                [].concat(option.series || []).forEach(series => {
                    if (series.markLine) {
                        series.markLine.label = Object.assign({formatter: p => p.name + ': ' + format(p.value)},
                            series.markLine.label);
                    }
                });
                // No motion: a chart drawn at once never shows a half-moved frame (and needs no reduced-motion case).
                option.animation = false;
                const chart = echarts.init(this, null, {renderer: 'svg'});
                chart.setOption(option);
                new ResizeObserver(() => chart.resize()).observe(this);""", option,
                attachEvent.getUI().getLocale().toLanguageTag());
    }
}
