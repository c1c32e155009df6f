package nl.veiligheidsagenda.app.figures;

/** Whether a figure may still change (provisional) or is the source's final figure. */
public enum FigureStatus {
    PROVISIONAL, FINAL
}
