package nl.veiligheidsagenda.app.ui.components;

import com.vaadin.flow.component.HasElement;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Content drawn from HTML built on the server, for long read-only lists: the list is one server-side node per open
 * page instead of a dozen components per entry (each component keeps its node, element and feature maps for as
 * long as the page is open). Build the entries with jsoup's element API ({@code text(...)}, {@code attr(...)}), so
 * every text is a text node, escaped when printed, never markup; links are plain {@code <a href>}, which Vaadin's
 * router follows inside the app. The HTML is printed in ASCII (other characters as numeric references: a Java
 * string of one byte per character) and pages that show the same HTML share one copy of it.
 */
public final class ServerHtml {

    /** The copies in use, to share: a copy goes when no open page holds it any more. */
    private static final Map<String, WeakReference<String>> SHARED = new WeakHashMap<>();

    private ServerHtml() {
    }

    /** An empty {@code tag} element to build the content in; only its children are shown. */
    public static Element holder(String tag) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false).charset(StandardCharsets.US_ASCII);
        return document.body().appendElement(tag);
    }

    /** Shows the children of {@code holder} as the content of {@code target} (replacing its children). */
    public static void show(HasElement target, Element holder) {
        target.getElement().setProperty("innerHTML", shared(holder.html()));
    }

    static synchronized String shared(String html) {
        WeakReference<String> kept = SHARED.get(html);
        String copy = kept == null ? null : kept.get();
        if (copy == null) {
            SHARED.put(html, new WeakReference<>(html));
            return html;
        }
        return copy;
    }
}
