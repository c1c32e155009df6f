package nl.veiligheidsagenda.architecture.planted.cdi_in_ui_and_web.app.figures;

import jakarta.enterprise.context.ApplicationScoped;

/** Breaks the rule: a CDI bean in a package Weld does not scan (beans.xml excludes it), so it would never exist. */
@ApplicationScoped
public class InjectedService {
}
