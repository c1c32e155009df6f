package nl.veiligheidsagenda.app.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page shell: Lumo plus our own small stylesheet, Dutch as the document language. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/veiligheidsagenda.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Veiligheidsagenda");
        settings.addMetaTag("description", "Uitvoering en voortgang van de veiligheidsagenda");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
