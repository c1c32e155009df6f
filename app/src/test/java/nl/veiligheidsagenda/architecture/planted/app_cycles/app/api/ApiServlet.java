package nl.veiligheidsagenda.architecture.planted.app_cycles.app.api;

import nl.veiligheidsagenda.architecture.planted.app_cycles.app.web.AppContext;

/** Planted violation: the API servlet takes the web server's context (api depends on web: a cycle). */
public final class ApiServlet {

    private final AppContext context;

    public ApiServlet(AppContext context) {
        this.context = context;
    }

    public int port() {
        return context.settings().port();
    }
}
