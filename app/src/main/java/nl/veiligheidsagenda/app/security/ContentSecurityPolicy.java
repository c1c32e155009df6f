package nl.veiligheidsagenda.app.security;

/**
 * The Content-Security-Policy of every response, as tight as Vaadin allows:
 * <ul>
 * <li>scripts only from this site, and the inline scripts of Vaadin's bootstrap page by their per-page nonce:
 * no other inline script or event-handler attribute runs. {@code 'unsafe-eval'} stays because Vaadin's client
 * turns server-sent JavaScript ({@code executeJs}, its lazy-loading hooks) into functions with
 * {@code new Function(...)};</li>
 * <li>styles from this site and inline ({@code 'unsafe-inline'}): Vaadin's prebuilt frontend bundle inserts
 * {@code <style>} elements at run time (no nonce can reach them), components set their style through the
 * {@code style} attribute and Lit templates carry style attributes. Inline styles cannot run script; at worst
 * injected markup could restyle the page, and the escaping of every text keeps markup out;</li>
 * <li>everything else from this site only; no plugins, no framing, forms only to this site.</li>
 * </ul>
 */
public final class ContentSecurityPolicy {

    public static final String HEADER = "Content-Security-Policy";

    private static final String STYLES = "style-src 'self' 'unsafe-inline'; ";
    private static final String REST = "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "worker-src 'self' blob:; manifest-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private ContentSecurityPolicy() {
    }

    /** For every response that is not a bootstrap page: no inline script at all. */
    public static String standard() {
        return "default-src 'self'; script-src 'self' 'unsafe-eval'; " + STYLES + REST;
    }

    /** For a bootstrap page whose inline scripts carry {@code nonce}. */
    public static String forPage(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; " + STYLES + REST;
    }
}
