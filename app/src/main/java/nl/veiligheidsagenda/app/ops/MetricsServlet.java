package nl.veiligheidsagenda.app.ops;

import nl.veiligheidsagenda.app.config.OpsSettings;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.util.InetAddressSet;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code GET /metrics} in Prometheus' text format, for clients from the allowed addresses or with the metrics
 * token ({@link OpsSettings}); everyone else gets 403 and no figures.
 */
public final class MetricsServlet extends HttpServlet {

    private final transient AppMetrics metrics;
    private final transient InetAddressSet allowed;
    private final transient byte[] token;

    public MetricsServlet(AppMetrics metrics, OpsSettings settings) {
        this.metrics = metrics;
        this.allowed = settings.allowedAddresses();
        this.token = settings.metricsToken().map(value -> ("Bearer " + value).getBytes(StandardCharsets.UTF_8))
                .orElse(null);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!mayRead(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().write("Metrics are only served to the addresses in VEILIGHEID_METRICS_ALLOW or with"
                    + " the token in VEILIGHEID_METRICS_TOKEN.\n");
            return;
        }
        response.setContentType("text/plain;version=0.0.4;charset=utf-8");
        response.getOutputStream().write(metrics.scrape().getBytes(StandardCharsets.UTF_8));
    }

    private boolean mayRead(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (token != null && authorization != null
                && MessageDigest.isEqual(token, authorization.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        try {
            return allowed.test(InetAddress.getByName(request.getRemoteAddr()));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
