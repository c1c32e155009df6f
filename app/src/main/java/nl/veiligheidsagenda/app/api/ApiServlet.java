package nl.veiligheidsagenda.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.veiligheidsagenda.app.figures.ConflictException;
import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.figures.FiguresResource;
import nl.veiligheidsagenda.app.figures.GoalStatusService;
import nl.veiligheidsagenda.app.figures.FieldError;
import nl.veiligheidsagenda.app.figures.NotFoundException;
import nl.veiligheidsagenda.app.figures.RejectedRequest;
import nl.veiligheidsagenda.app.figures.ValidationException;
import nl.veiligheidsagenda.app.imports.ImportService;
import nl.veiligheidsagenda.app.imports.ImportsResource;
import nl.veiligheidsagenda.app.imports.Uploads;
import nl.veiligheidsagenda.app.plan.PlanResource;
import nl.veiligheidsagenda.app.plan.PlanService;
import nl.veiligheidsagenda.app.security.AccessDeniedException;
import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.Outcome;
import nl.veiligheidsagenda.app.logging.Log;
import nl.veiligheidsagenda.app.report.ReportService;
import nl.veiligheidsagenda.app.report.ReportsResource;
import nl.veiligheidsagenda.app.themes.CatalogueResource;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.themes.ThemesResource;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON API under {@code /api/v1}: one small servlet that routes each path to its feature's resource
 * ({@code themes.ThemesResource}, {@code themes.CatalogueResource}, {@code plan.PlanResource},
 * {@code figures.FiguresResource}, {@code report.ReportsResource}) and turns their answers and refusals into JSON
 * (Jackson); report files go out as they are. Reads for every signed-in actor; writes for owners of the
 * element's theme and admins (checked again in the services). Errors are JSON bodies that name the field and the
 * rule; a rejected request stores nothing.
 */
public final class ApiServlet extends HttpServlet {

    private static final Log LOG = Log.of(ApiServlet.class);
    private static final Pattern INDICATOR_VALUES = Pattern.compile("/v1/indicators/([^/]+)/values");
    private static final Pattern SERIES_VALUE = Pattern.compile("/v1/indicators/([^/]+)/series/([^/]+)/values/([^/]+)");
    private static final Pattern GOAL_STATUS = Pattern.compile("/v1/goals/([^/]+)/status");

    // Numbers are read as exact decimals: 1e309 is a (too large) number, not infinity, and 0.1 stays 0.1.
    private final transient ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private final transient ThemeService themes;
    private final transient PlanService plan;
    private final transient FigureService figures;
    private final transient GoalStatusService goals;
    private final transient ImportService imports;
    private final transient Uploads uploads;
    private final transient AuditLog audit;
    private final transient ReportService reports;
    /** The hand-written OpenAPI 3.1 description of this API ({@code api/openapi.json}), checked by the tests. */
    private final transient JsonNode openApi;

    public ApiServlet(ThemeService themes, PlanService plan, FigureService figures, GoalStatusService goals,
                      ImportService imports, Uploads uploads, AuditLog audit, ReportService reports) {
        this.themes = themes;
        this.plan = plan;
        this.figures = figures;
        this.goals = goals;
        this.imports = imports;
        this.uploads = uploads;
        this.audit = audit;
        this.reports = reports;
        try (var description = ApiServlet.class.getResourceAsStream("/api/openapi.json")) {
            this.openApi = json.readTree(description);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read api/openapi.json", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        handle(request, response, () -> {
            String path = path(request);
            Matcher matcher;
            if (path.equals("/v1/openapi.json")) {
                return openApi;
            } else if (path.equals("/v1/themes")) {
                return ThemesResource.list(themes, Locale.of("nl"));
            } else if (path.equals("/v1/catalogue")) {
                return CatalogueResource.catalogue(themes);
            } else if (path.equals("/v1/plan")) {
                return PlanResource.plan(plan);
            } else if ((matcher = INDICATOR_VALUES.matcher(path)).matches()) {
                return FiguresResource.values(figures, matcher.group(1));
            } else if (path.equals("/v1/imports")) {
                return ImportsResource.history(imports, actor(request));
            } else if (path.equals("/v1/imports/template.csv")) {
                return ImportsResource.template(imports);
            } else if (path.equals("/v1/imports/mappings")) {
                return ImportsResource.mappings(imports);
            } else if ((matcher = GOAL_STATUS.matcher(path)).matches()) {
                return FiguresResource.goalStatus(goals, matcher.group(1),
                        FiguresResource.year(request.getParameter("year"), "year"));
            } else if ((matcher = ReportsResource.DRAFT.matcher(path)).matches()) {
                return ReportsResource.draft(reports, actor(request), matcher);
            } else if ((matcher = ReportsResource.EDITIONS.matcher(path)).matches()) {
                return ReportsResource.editions(reports, actor(request), matcher);
            } else if ((matcher = ReportsResource.EDITION.matcher(path)).matches()) {
                return ReportsResource.edition(reports, actor(request), matcher);
            }
            throw new NotFoundException("Onbekend API-pad: " + path);
        });
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        handle(request, response, () -> {
            String path = path(request);
            Matcher matcher = SERIES_VALUE.matcher(path);
            if (!matcher.matches()) {
                throw new NotFoundException("Onbekend API-pad: " + path);
            }
            Actor actor = actor(request);
            JsonNode body = body(request);
            return FiguresResource.putValue(figures, actor, matcher.group(1), matcher.group(2),
                    FiguresResource.year(matcher.group(3), "year"), body);
        });
    }

    /**
     * {@code POST /api/v1/imports}: the request body is the file (any supported format, any content type); see
     * {@link ImportsResource#post}. {@code POST /api/v1/reports/{year}/editions}: publish the next edition.
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        handle(request, response, () -> {
            String path = path(request);
            Matcher edition = ReportsResource.EDITIONS.matcher(path);
            if (edition.matches()) {
                return ReportsResource.publish(reports, actor(request), edition);
            }
            if (!path.equals("/v1/imports")) {
                throw new NotFoundException("Onbekend API-pad: " + path);
            }
            return ImportsResource.post(imports, uploads, actor(request), request.getInputStream(),
                    request.getParameter("fileName"), flag(request, "dryRun"),
                    flag(request, "provisionalReplacesFinal"));
        });
    }

    private static boolean flag(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.isEmpty() || value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new ValidationException(List.of(new FieldError(name, "boolean",
                "Gebruik " + name + "=true of " + name + "=false.")));
    }

    @FunctionalInterface
    private interface Handler {
        Object handle() throws IOException;
    }

    private void handle(HttpServletRequest request, HttpServletResponse response, Handler handler)
            throws IOException {
        try {
            write(response, HttpServletResponse.SC_OK, handler.handle());
        } catch (NotFoundException e) {
            refused(request, "404: " + e.getMessage());
            write(response, HttpServletResponse.SC_NOT_FOUND, Map.of("error", "not-found", "message", e.getMessage()));
        } catch (RejectedRequest e) {
            refused(request, "400: " + e.getMessage());
            write(response, HttpServletResponse.SC_BAD_REQUEST, new InvalidJson("invalid",
                    "De invoer is afgewezen; er is niets opgeslagen.", e.errors()));
        } catch (ValidationException e) {
            // refused by the service, which audited it
            LOG.info("API {} {} rejected: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            write(response, HttpServletResponse.SC_BAD_REQUEST, new InvalidJson("invalid",
                    "De invoer is afgewezen; er is niets opgeslagen.",
                    RejectedRequest.bounded(e.errors(), 0)));
        } catch (ConflictException e) {
            write(response, HttpServletResponse.SC_CONFLICT, Map.of("error", "conflict", "message", e.getMessage(),
                    "currentVersion", e.currentVersion()));
        } catch (AccessDeniedException e) {
            LOG.warn("API {} {} denied: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            write(response, HttpServletResponse.SC_FORBIDDEN, Map.of("error", "forbidden",
                    "message", "U heeft geen rechten voor deze wijziging."));
        } catch (UnauthenticatedException e) {
            write(response, HttpServletResponse.SC_UNAUTHORIZED, Map.of("error", "unauthorized",
                    "message", "Meld u aan met een API-token of gebruikersnaam en wachtwoord."));
        }
    }

    record InvalidJson(String error, String message, List<FieldError> errors) {
    }

    /** A request refused here, before any service: audited with who sent it and why. */
    private void refused(HttpServletRequest request, String detail) {
        Object actor = request.getAttribute(Actor.class.getName());
        audit.record(actor instanceof Actor known ? known.username() : AuditLog.ANONYMOUS,
                "api." + request.getMethod().toLowerCase(Locale.ROOT), request.getRequestURI(), Outcome.FAILURE,
                detail);
        LOG.info("API {} {} refused: {}", request.getMethod(), request.getRequestURI(), detail);
    }

    private static final class UnauthenticatedException extends RuntimeException {
    }

    private static Actor actor(HttpServletRequest request) {
        Object actor = request.getAttribute(Actor.class.getName());
        if (actor instanceof Actor known) {
            return known;
        }
        throw new UnauthenticatedException();
    }

    private JsonNode body(HttpServletRequest request) throws IOException {
        try {
            JsonNode body = json.readTree(request.getInputStream());
            if (body == null || !body.isObject()) {
                throw new RejectedRequest(List.of(new FieldError("body", "json-object",
                        "De body moet een JSON-object zijn, bijvoorbeeld {\"value\": 1.9, \"status\": \"final\"}.")));
            }
            return body;
        } catch (JsonProcessingException e) {
            String reason = String.valueOf(e.getOriginalMessage());
            throw new RejectedRequest(List.of(new FieldError("body", "json", "De body is geen geldige JSON: "
                    + (reason.length() > 200 ? reason.substring(0, 200) + "…" : reason))));
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getPathInfo() == null ? "" : request.getPathInfo();
    }

    private void write(HttpServletResponse response, int status, Object body) throws IOException {
        if (body instanceof ImportsResource.Streamed streamed) {
            response.setStatus(streamed.status());
            response.setContentType(streamed.contentType());
            response.setHeader("Cache-Control", "no-store");
            if (streamed.fileName() != null) {
                response.setHeader("Content-Disposition", "attachment; filename=\"" + streamed.fileName() + "\"");
            }
            streamed.write(response.getOutputStream());
            return;
        }
        response.setStatus(status);
        if (body instanceof ReportsResource.Download file) {
            response.setContentType(file.mediaType());
            response.setHeader("Content-Disposition", (file.inline() ? "inline" : "attachment") + "; filename=\""
                    + file.fileName() + "\"");
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(file.bytes().length);
            response.getOutputStream().write(file.bytes());
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), body);
    }
}
