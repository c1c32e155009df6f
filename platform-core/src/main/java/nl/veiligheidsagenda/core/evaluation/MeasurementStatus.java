package nl.veiligheidsagenda.core.evaluation;

/** Whether an entered figure may still change. A final figure wins over a provisional one for the same year. */
public enum MeasurementStatus {
    PROVISIONAL,
    FINAL
}
