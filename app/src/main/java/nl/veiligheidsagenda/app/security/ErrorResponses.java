package nl.veiligheidsagenda.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/** The body of a refusal: JSON for the API ({@code {"error": …, "message": …}}), plain text elsewhere. */
public final class ErrorResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorResponses() {
    }

    public static void write(HttpServletResponse response, int status, boolean json, String error, String message)
            throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (json) {
            response.setContentType("application/json");
            response.getWriter().write(JSON.writeValueAsString(Map.of("error", error, "message", message)));
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(message + "\n");
        }
    }
}
