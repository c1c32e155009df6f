package nl.veiligheidsagenda.app.report;

import nl.veiligheidsagenda.core.evaluation.GoalResult;
import nl.veiligheidsagenda.core.evaluation.GoalStatus;
import nl.veiligheidsagenda.core.evaluation.OwnerStatus;
import nl.veiligheidsagenda.core.model.Baseline;
import nl.veiligheidsagenda.core.model.Unit;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The report's words, always Dutch (it is the council's document): its own bundle ({@code document.properties} beside this class), then
 * the yearly cycle's (status names) and the shared one (units), the same texts the screens use. Numbers with a
 * decimal comma and a thousands dot; dates in the Dutch time zone.
 */
final class ReportTexts {

    static final Locale DUTCH = Locale.of("nl", "NL");
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final List<String> BUNDLES = List.of("nl.veiligheidsagenda.app.report.document", "vaadin-i18n.figures",
            "vaadin-i18n.catalogue", "vaadin-i18n.translations");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", DUTCH);

    /** A goal's status as the report shows it: a symbol, the words, and a tone that only repeats them. */
    record StatusLabel(String symbol, String text, String tone) {
    }

    private ReportTexts() {
    }

    static String text(String key, Object... arguments) {
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, DUTCH);
                if (bundle.containsKey(key)) {
                    String pattern = bundle.getString(key);
                    return arguments.length == 0 ? pattern : new MessageFormat(pattern, DUTCH).format(arguments);
                }
            } catch (MissingResourceException e) {
                // not in this bundle: the next one
            }
        }
        throw new MissingResourceException("no report text " + key, ReportTexts.class.getName(), key);
    }

    /** The core's status of a goal in words, with the owner's assessment for a goal accounted in words. */
    static StatusLabel status(GoalResult result) {
        GoalStatus status = result.status();
        OwnerStatus owner = result.ownerStatus();
        String text = status == GoalStatus.REPORTED_IN_WORDS
                ? text("status.REPORTED_IN_WORDS", text("owner." + owner.name()))
                : text("status." + status.name());
        String key = status == GoalStatus.REPORTED_IN_WORDS ? "words." + owner.name() : status.name();
        return new StatusLabel(text("report.symbol." + key), text, text("report.tone." + key));
    }

    /** 1.9 → "1,9"; 12500 → "12.500"; as many decimals as the value has, at most three. */
    static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(DUTCH));
        format.setMinimumFractionDigits(Math.max(0, Math.min(3, value.stripTrailingZeros().scale())));
        return format.format(value);
    }

    /** "17 %" or "2,2 per 1.000 inwoners". */
    static String withUnit(BigDecimal value, Unit unit) {
        return unit.isPercentage() ? number(value) + " %" : unit == Unit.COUNT ? number(value)
                : number(value) + " " + text("unit.short." + unit.name());
    }

    /** "5,8 (gemiddelde 2019-2022)". */
    static String baseline(Baseline baseline) {
        return number(baseline.value()) + " (" + baseline.period().label() + ")";
    }

    static String unit(Unit unit) {
        return text("unit.short." + unit.name());
    }

    static String date(OffsetDateTime moment) {
        return DATE.format(moment.atZoneSameInstant(ZONE));
    }

    static String dateTime(OffsetDateTime moment) {
        return DATE_TIME.format(moment.atZoneSameInstant(ZONE));
    }
}
