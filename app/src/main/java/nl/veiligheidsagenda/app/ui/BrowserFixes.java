package nl.veiligheidsagenda.app.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Three accessibility faults of Vaadin 25.2's client side, mended in every page as its elements appear:
 * <ul>
 * <li>the grid's sort buttons are named in English ("Sort by Naam"): "Sorteer op Naam";</li>
 * <li>a side menu item with children points its toggle button ({@code aria-controls="children"}) at a list that
 * has no such id: the list gets it;</li>
 * <li>the connection indicator, which shows "offline" messages, sits outside every landmark: it becomes a live
 * region, which is what it is.</li>
 * </ul>
 */
@ApplicationScoped
public class BrowserFixes {

    private static final String SCRIPT = """
            const sortBy = $0;
            const mended = new WeakSet();
            const mend = () => {
                document.querySelectorAll('vaadin-grid-sorter[aria-label^="Sort by "]').forEach(sorter =>
                    sorter.setAttribute('aria-label', sortBy + ' ' + sorter.getAttribute('aria-label').substring(8)));
                document.querySelectorAll('vaadin-side-nav-item').forEach(item => {
                    if (!mended.has(item)) {
                        mended.add(item);
                        customElements.whenDefined('vaadin-side-nav-item').then(() => item.updateComplete).then(() => {
                            const children = item.shadowRoot && item.shadowRoot.querySelector('[part=children]');
                            if (children && !children.id) {
                                children.id = 'children';
                            }
                        });
                    }
                });
                const indicator = document.querySelector('vaadin-connection-indicator');
                if (indicator && !indicator.hasAttribute('aria-live')) {
                    indicator.setAttribute('aria-live', 'polite');
                }
            };
            new MutationObserver(mend).observe(document.body, {childList: true, subtree: true, attributes: true,
                attributeFilter: ['aria-label']});
            mend();""";

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            // once the UI's language is set (another listener sets it)
            ui.beforeClientResponse(ui, context -> ui.getPage().executeJs(SCRIPT, ui.getTranslation("grid.sort-by")));
        });
    }
}
