package nl.veiligheidsagenda.app.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.veiligheidsagenda.app.web.AppContext;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/** The JSON API under {@code /api/v1}: one small servlet, read-only, Jackson for the bodies. */
public final class ApiServlet extends HttpServlet {

    private final transient ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private final transient AppContext app;

    public ApiServlet(AppContext app) {
        this.app = app;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Object body = switch (path) {
            case "/v1/themes" -> ThemesResource.list(app.themes(), Locale.of("nl"));
            case "/v1/catalogue" -> CatalogueResource.catalogue(app.themes());
            default -> null;
        };
        if (body == null) {
            write(response, HttpServletResponse.SC_NOT_FOUND,
                    Map.of("error", "not-found", "message", "Onbekend API-pad: " + path));
            return;
        }
        write(response, HttpServletResponse.SC_OK, body);
    }

    private void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), body);
    }
}
