package nl.veiligheidsagenda.app.ui.security;

import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import nl.veiligheidsagenda.app.security.ContentSecurityPolicy;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Makes Vaadin's bootstrap page (the HTML of every full page load) safe for the data it carries.
 * <p>
 * With {@code eagerServerLoad} Vaadin renders the first view on the server and writes its data (the first UIDL:
 * every text of the page, user input included) into an inline {@code <script>} as
 * {@code window.Vaadin.TypeScript= <JSON>;}. Vaadin 25.2 writes that JSON as it is
 * ({@code IndexHtmlRequestHandler.addInitialFlow}: {@code ObjectNode.toString()} in a jsoup {@code DataNode}),
 * so a {@code </script>} or {@code <!--} inside a person's text ends the script element early and the rest runs as
 * markup: stored cross-site scripting on a full page load. Vaadin calls the index-HTML listeners after it has
 * added that script and before it writes the page, so this listener
 * <ol>
 * <li>rewrites the JSON with {@code <}, {@code >}, {@code &}, U+2028 and U+2029 as {@code \}{@code uXXXX} escapes:
 * the same value for JavaScript, but nothing an HTML parser can see as a tag or comment;</li>
 * <li>refuses to send a page whose inline scripts still contain {@code </script}, {@code <script} or {@code <!--}
 * (fail closed: a future Vaadin that adds another data script must be handled here first);</li>
 * <li>gives every inline {@code <script>} of the page a fresh nonce and sends the Content-Security-Policy with it,
 * so that no other inline script or event handler can run even if text got through as markup.</li>
 * </ol>
 */
public final class BootstrapPageGuard implements IndexHtmlRequestListener {

    static final String DATA_SCRIPT_PREFIX = "window.Vaadin = window.Vaadin || {};window.Vaadin.TypeScript= ";
    /** What may not follow a {@code <} in an inline script (compared ignoring case). */
    private static final List<String> MARKUP_IN_SCRIPT = List.of("</script", "<script", "<!--");
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
        String nonce = secure(response.getDocument());
        response.getVaadinResponse().setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.forPage(nonce));
    }

    /** Escapes the inline data, checks every inline script and gives each a nonce; returns the nonce. */
    static String secure(Document page) {
        String nonce = newNonce();
        for (Element script : page.select("script:not([src])")) {
            String code = script.data();
            if (code.startsWith(DATA_SCRIPT_PREFIX) && code.endsWith(";")) {
                String json = code.substring(DATA_SCRIPT_PREFIX.length(), code.length() - 1);
                code = DATA_SCRIPT_PREFIX + escapeForScriptElement(json) + ";";
                script.empty().appendChild(new DataNode(code));
            }
            if (containsMarkup(code)) {
                throw new IllegalStateException("an inline script of the bootstrap page contains markup that would end"
                        + " the script element; refusing to send the page");
            }
            script.attr("nonce", nonce);
        }
        return nonce;
    }

    /**
     * True when the code contains {@code </script}, {@code <script} or {@code <!--} in any case. Looks only where a
     * {@code <} is: the page's data is some 100 KB, and a case-insensitive pattern tried at every character of it
     * was a visible part of every page load.
     */
    static boolean containsMarkup(String code) {
        for (int at = code.indexOf('<'); at >= 0; at = code.indexOf('<', at + 1)) {
            for (String markup : MARKUP_IN_SCRIPT) {
                if (code.regionMatches(true, at, markup, 0, markup.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * JSON text with every character an HTML parser could act on inside a script element written as a JSON
     * unicode escape. Outside string literals JSON has none of these characters, so only strings change, and they
     * keep their value.
     */
    static String escapeForScriptElement(String json) {
        StringBuilder escaped = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<', '>', '&', '\u2028', '\u2029' -> escaped.append("\\u").append(HEX[c >> 12 & 0xf])
                        .append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String newNonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
