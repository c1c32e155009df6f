package nl.veiligheidsagenda.app.ui.catalogue;

import com.vaadin.flow.component.Component;

/**
 * Where a page opens: the app layout scrolls its content area itself, so after a navigation the browser neither
 * returns to the top nor finds the address's fragment (e.g. a subject on a theme page). This does both.
 */
public final class ContentScroll {

    /** Deferred: Vaadin updates the address bar only after the page's own scripts of the same round trip. */
    private static final String SCRIPT = """
            setTimeout(() => {
                const id = decodeURIComponent(window.location.hash.substring(1));
                const target = id ? document.getElementById(id) : null;
                const content = this.closest('vaadin-app-layout')?.shadowRoot?.querySelector('[part=content]');
                if (target) {
                    target.scrollIntoView();
                } else if (content) {
                    content.scrollTop = 0;
                }
            });""";

    private ContentScroll() {
    }

    /** After the page is shown: to the element the address's fragment names, else to the top. */
    public static void toFragmentOrTop(Component page) {
        page.getElement().executeJs(SCRIPT);
    }
}
