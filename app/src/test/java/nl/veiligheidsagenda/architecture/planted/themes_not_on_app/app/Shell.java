package nl.veiligheidsagenda.architecture.planted.themes_not_on_app.app;

/** Planted: the host application. */
public final class Shell {

    public static final Shell INSTANCE = new Shell();
}
