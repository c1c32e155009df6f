package nl.veiligheidsagenda.architecture.planted.app_cycles.app.web;

import nl.veiligheidsagenda.architecture.planted.app_cycles.app.api.ApiServlet;

/** Planted: the web server installs the API servlet (web depends on api). */
public final class WebServer {

    public Object api(AppContext context) {
        return new ApiServlet(context);
    }
}
