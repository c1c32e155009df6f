package nl.veiligheidsagenda.app.ops;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.veiligheidsagenda.app.persistence.Database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * For load balancers and orchestrators, without sign-in and without data: {@code GET /health/live} answers 200
 * while the process serves requests; {@code GET /health/ready} answers 200 only when the database answers within
 * two seconds, its migrations are done and the application is not shutting down, else 503.
 */
public final class HealthServlet extends HttpServlet {

    private final transient Database database;
    private final transient BooleanSupplier stopping;

    public HealthServlet(Database database, BooleanSupplier stopping) {
        this.database = database;
        this.stopping = stopping;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (path) {
            case "/live" -> write(response, 200, "{\"status\":\"UP\"}");
            case "/ready" -> {
                boolean databaseUp = database.answers();
                boolean migrated = databaseUp && database.migrated();
                boolean up = databaseUp && migrated && !stopping.getAsBoolean();
                write(response, up ? 200 : 503, "{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"checks\":{"
                        + "\"database\":\"" + (databaseUp ? "UP" : "DOWN") + "\","
                        + "\"migrations\":\"" + (migrated ? "UP" : "DOWN") + "\","
                        + "\"accepting\":\"" + (stopping.getAsBoolean() ? "DOWN" : "UP") + "\"}}");
            }
            default -> write(response, 404, "{\"status\":\"UNKNOWN\"}");
        }
    }

    private static void write(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }
}
