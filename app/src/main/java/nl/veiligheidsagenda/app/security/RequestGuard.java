package nl.veiligheidsagenda.app.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.veiligheidsagenda.app.logging.Log;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * The outermost filter ({@code /*}): what every request must look like before anything else reads it, and the
 * last word on errors.
 * <ul>
 * <li>security headers on every response ({@link ContentSecurityPolicy}, nosniff, referrer policy, no framing,
 * HSTS over TLS) and the client address for the audit log ({@link RequestOrigin});</li>
 * <li>only the methods the application uses (no {@code TRACE}, {@code CONNECT}, WebDAV ...): 405;</li>
 * <li>a bounded body per address ({@link BodyLimits}): a declared length above the limit gets 413 at once, a
 * chunked body is cut off at the limit; the answer names the limit. A body up to {@link #DISCARDED} bytes is read
 * and thrown away before the answer, so the connection is clean: closing it while the client still sends makes
 * its network stack drop the unread answer (a reset), and the client would see no 413 at all. Past that the
 * connection is closed after the answer;</li>
 * <li>API writes carry JSON ({@code Content-Type: application/json}): 415 otherwise; a file sent to
 * {@link BodyLimits#IMPORT_PATH} may also be {@code text/csv} or {@code application/octet-stream}. None of these is
 * a type a cross-site form can send without the browser asking first, so a session cookie alone never
 * writes;</li>
 * <li>every refusal here is audited (the request never reaches a service);</li>
 * <li>an unexpected error anywhere behind it becomes a 500 without details but with a reference that is in the
 * log (with the stack trace) and in the audit log.</li>
 * </ul>
 */
public final class RequestGuard implements Filter {

    /** Request attribute with the signed-in person's name, set by the filters that sign a request in. */
    public static final String ACTOR_NAME = RequestGuard.class.getName() + ".actor";

    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "OPTIONS");
    private static final Set<String> API_WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Log LOG = Log.of(RequestGuard.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The most body bytes read and thrown away to answer a too-large request on a clean connection. */
    static final long DISCARDED = 4L * 1024 * 1024;

    private final AuditLog audit;
    private final BodyLimits limits;

    public RequestGuard(AuditLog audit, BodyLimits limits) {
        this.audit = audit;
        this.limits = limits;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        RequestOrigin.set(request.getRemoteAddr());
        addSecurityHeaders(request, response);
        try {
            String path = SecurityFilter.path(request);
            boolean api = path.startsWith("/api/");
            if (!METHODS.contains(request.getMethod())) {
                response.setHeader("Allow", String.join(", ", METHODS.stream().sorted().toList()));
                refuseUnread(request, response, api, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "method-not-allowed",
                        "De methode " + request.getMethod() + " wordt niet ondersteund.", "methode niet toegestaan");
                return;
            }
            long limit = limits.forPath(path);
            long declared = request.getContentLengthLong();
            if (declared > limit) {
                boolean clean = declared <= DISCARDED && discardBody(request, declared);
                tooLarge(request, response, api, limit, declared + " bytes aangekondigd", clean);
                return;
            }
            if (api && API_WRITES.contains(request.getMethod()) && !isJson(request.getContentType())
                    && !(path.equals(BodyLimits.IMPORT_PATH) && isFile(request.getContentType()))) {
                refuseUnread(request, response, true, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                        "unsupported-media-type",
                        "Stuur de body als JSON, met de header Content-Type: application/json.",
                        "Content-Type " + request.getContentType());
                return;
            }
            HttpServletRequest bounded = declared < 0 ? new BoundedBodyRequest(request, limit) : request;
            try {
                chain.doFilter(bounded, response);
                readUnreadBody(bounded, response);
            } catch (BoundedBodyRequest.BodyTooLargeException e) {
                if (!response.isCommitted()) {
                    response.reset();
                    addSecurityHeaders(request, response);
                    tooLarge(request, response, api, limit, "body langer dan de grens",
                            discardBody(request, DISCARDED - limit));
                }
            } catch (IOException | ServletException | RuntimeException e) {
                if (isClientGone(e)) {
                    throw e;
                }
                unexpected(request, response, api, e);
            }
        } finally {
            RequestOrigin.clear();
        }
    }

    /**
     * Reads what is left of a body nothing read (a refused write, a GET that carries one), at most the limit,
     * before the answer completes. Jetty closes the connection after an answer to a request whose body was left
     * unread; a body still arriving then meets a closed socket, and the reset it causes can cut off the answer the
     * client is still reading (the API fuzz test saw the catalogue end half-way).
     */
    private static void readUnreadBody(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        if (!hasBody || request.isAsyncStarted()) {
            return;
        }
        try {
            if (request.getInputStream().isFinished()) {
                return;
            }
        } catch (IllegalStateException readAsText) {
            return; // read through getReader or as form parameters: read already
        }
        response.flushBuffer(); // the client may wait for the answer before it sends the rest
        discardBody(request, DISCARDED);
    }

    /** Security headers on every response, refusals included. */
    static void addSecurityHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.standard());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    /** A file sent as it is: CSV or any bytes (types a browser form cannot send cross-site without asking). */
    static boolean isFile(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("text/csv") || mediaType.equals("application/octet-stream");
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json");
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, boolean api, long limit,
                          String detail, boolean bodyRead) throws IOException {
        if (!bodyRead) {
            // the rest of a huge body is not worth reading: close the connection after the answer
            response.setHeader("Connection", "close");
        }
        refuse(request, response, api, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too-large",
                "De body is te groot: hoogstens " + limit + " bytes voor dit adres.", detail + "; grens " + limit);
    }

    /**
     * Reads the rest of the request body and throws it away, at most {@code most} bytes; true when the body ended
     * within them (the connection is clean for the answer).
     */
    private static boolean discardBody(HttpServletRequest request, long most) {
        byte[] buffer = new byte[8192];
        long left = most;
        try {
            var in = request.getInputStream();
            while (left >= 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left + 1));
                if (n < 0) {
                    return true;
                }
                left -= n;
            }
            return false;
        } catch (IOException | IllegalStateException e) {
            return false; // the client is gone, or the body was read as characters: close after the answer
        }
    }

    /**
     * A refusal before anything read the body: the body is thrown away first (up to {@link #DISCARDED}; above that
     * the connection closes after the answer), for the reason {@link #readUnreadBody} gives.
     */
    private void refuseUnread(HttpServletRequest request, HttpServletResponse response, boolean api, int status,
                              String error, String message, String detail) throws IOException {
        if (!discardBody(request, DISCARDED)) {
            response.setHeader("Connection", "close");
        }
        refuse(request, response, api, status, error, message, detail);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, int status,
                        String error, String message, String detail) throws IOException {
        audit.record(actor(request), "request.refused", request.getMethod() + " " + SecurityFilter.path(request),
                Outcome.FAILURE, status + ": " + detail);
        LOG.warn("{} {} refused with {} from {}: {}", request.getMethod(), request.getRequestURI(), status,
                RequestOrigin.current(), detail);
        ErrorResponses.write(response, status, api, error, message);
    }

    private void unexpected(HttpServletRequest request, HttpServletResponse response, boolean api, Exception error)
            throws IOException {
        String reference = HexFormat.of().formatHex(randomBytes());
        LOG.error("Unexpected error {} on {} {} from {}", reference, request.getMethod(), request.getRequestURI(),
                RequestOrigin.current(), error);
        audit.record(actor(request), "request.error", request.getMethod() + " " + SecurityFilter.path(request),
                Outcome.FAILURE, "interne fout, referentie " + reference + ": " + error.getClass().getName());
        if (!response.isCommitted()) {
            response.reset();
            addSecurityHeaders(request, response);
            ErrorResponses.write(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, api, "internal-error",
                    "Er ging iets mis op de server. Referentie voor de beheerder: "
                            + reference + ".");
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String actor(HttpServletRequest request) {
        return request.getAttribute(ACTOR_NAME) instanceof String name ? name : AuditLog.ANONYMOUS;
    }

    /** The client closed the connection: nothing to answer, nothing to audit. */
    private static boolean isClientGone(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.eclipse.jetty.io.EofException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void init(jakarta.servlet.FilterConfig config) {
        // nothing to configure
    }
}
