package nl.veiligheidsagenda.app.ui.components;

import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.internal.UrlUtil;
import org.jsoup.nodes.Element;

/**
 * The entries of a side menu as {@link ServerHtml}: the same {@code vaadin-side-nav-item} elements Vaadin's
 * {@code SideNavItem} makes (a {@code path} attribute, the label as text, an icon in the {@code prefix} slot,
 * sub-entries in the {@code children} slot), which mark the current page and expand in the browser alone, and whose
 * links Vaadin's router follows. As components, every entry cost a page two to four server-side nodes (entry, label,
 * icon) for as long as it was open, in a menu of up to 30 entries.
 */
public final class SideNavHtml {

    private SideNavHtml() {
    }

    /** An empty menu to add entries to; {@link ServerHtml#show} puts them into a {@link SideNav}. */
    public static Element entries() {
        return ServerHtml.holder("vaadin-side-nav");
    }

    /** An entry with a plain label (on one line) and a Vaadin icon ({@code vaadin:dashboard}), if it has one. */
    public static Element entry(Element menu, String label, String path, String icon) {
        Element entry = item(menu, path);
        if (icon != null && !icon.isBlank()) {
            entry.appendElement("vaadin-icon").attr("icon", icon).attr("slot", "prefix");
        }
        return entry.appendText(label);
    }

    /**
     * An entry whose label wraps: Vaadin's label is a bare text node, which the item's own styles keep on one line
     * and cut with an ellipsis ("Georganiseerde ondermijnende c…"); an element of ours can wrap between words.
     */
    public static Element wrappingEntry(Element menu, String label, String path) {
        Element entry = item(menu, path);
        entry.appendElement("span").addClass("va-nav-label").text(label);
        return entry;
    }

    /** A sub-entry of {@code entry}, its label wrapping. */
    public static Element subEntry(Element entry, String label, String path) {
        return wrappingEntry(entry, label, path).attr("slot", "children");
    }

    private static Element item(Element parent, String path) {
        return parent.appendElement("vaadin-side-nav-item")
                .attr("path", UrlUtil.encodeURI(path.startsWith("/") ? path.substring(1) : path));
    }
}
