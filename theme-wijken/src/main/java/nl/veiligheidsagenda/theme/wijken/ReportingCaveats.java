package nl.veiligheidsagenda.theme.wijken;

/**
 * The plan's warning ("Doelen en effectindicatoren") that more effort can raise an indicator, worded for the
 * indicators of this theme where it applies. Survey shares (Veiligheidsmonitor) carry none.
 */
final class ReportingCaveats {

    private static final String CONSEQUENCE =
            " In dat geval kan het lijken dat het probleem toeneemt, terwijl de aanpak juist effectiever is.";

    /** High impact crimes and high-volume crime: communication is meant to raise the willingness to report. */
    static final String MELDINGSBEREIDHEID_BEWONERS_ONDERNEMERS =
            "Wij zetten communicatie in om de meldingsbereidheid van bewoners en ondernemers te vergroten. "
                    + "Een verhoogde inzet kan daardoor juist leiden tot meer meldingen." + CONSEQUENCE;

    /** Complex residential nuisance taken on under municipal direction. */
    static final String CASUSSEN_WOONOVERLAST =
            "Een verhoogde inzet kan juist leiden tot meer casussen onder regie van de gemeente, omdat er meer "
                    + "wordt aangetroffen of omdat de meldingsbereidheid omhoog gaat." + CONSEQUENCE;

    /** Crimes and nuisance on business parks and in shopping centres: entrepreneurs get better ways to report. */
    static final String SIGNALEN_ONDERNEMERS =
            "De mogelijkheden voor ondernemers om signalen en informatie te delen met de gemeente en politie worden "
                    + "verbeterd. Een verhoogde inzet kan daardoor juist leiden tot meer meldingen en registraties."
                    + CONSEQUENCE;

    /** Reports of street harassment: the public campaigns are meant to raise the willingness to report. */
    static final String MELDINGEN_STRAATINTIMIDATIE =
            "Met publiekscampagnes vergroten wij de meldingsbereidheid. Een verhoogde inzet kan daardoor juist "
                    + "leiden tot meer meldingen." + CONSEQUENCE;

    /** Reports of domestic violence and child abuse: the approach aims to bring violence into view earlier. */
    static final String MELDINGEN_HUISELIJK_GEWELD =
            "De aanpak is erop gericht geweld eerder en beter in beeld te krijgen. Een verhoogde inzet kan juist "
                    + "leiden tot meer meldingen, omdat er meer wordt aangetroffen of omdat de meldingsbereidheid "
                    + "omhoog gaat." + CONSEQUENCE;

    private ReportingCaveats() {
    }
}
