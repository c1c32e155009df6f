package nl.veiligheidsagenda.app.security;

/**
 * The Content-Security-Policy of every response, as tight as Vaadin allows:
 * <ul>
 * <li>scripts only from this site, and the inline scripts of Vaadin's bootstrap page by their per-page nonce:
 * no other inline script or event-handler attribute runs. {@code 'unsafe-eval'} stays because Vaadin's client
 * turns server-sent JavaScript ({@code executeJs}, its lazy-loading hooks) into functions with
 * {@code new Function(...)};</li>
 * <li>style elements only from this site or with the page's nonce; style <em>attributes</em> inline
 * ({@code style-src-attr 'unsafe-inline'}) because Vaadin sets a component's style through its {@code style}
 * attribute and Lit templates carry style attributes. A style attribute cannot run script;</li>
 * <li>everything else from this site only; no plugins, no framing, forms only to this site.</li>
 * </ul>
 */
public final class ContentSecurityPolicy {

    public static final String HEADER = "Content-Security-Policy";

    private static final String REST = "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "worker-src 'self' blob:; manifest-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private ContentSecurityPolicy() {
    }

    /** For every response that is not a bootstrap page: no inline script at all. */
    public static String standard() {
        return "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self'; "
                + "style-src-attr 'unsafe-inline'; " + REST;
    }

    /** For a bootstrap page whose inline scripts and styles carry {@code nonce}. */
    public static String forPage(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'nonce-" + nonce + "'; style-src-attr 'unsafe-inline'; " + REST;
    }
}
