package nl.veiligheidsagenda.app.figures;

import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.Guard;
import nl.veiligheidsagenda.core.model.Denominator;

import java.util.ArrayList;
import java.util.List;

/**
 * The denominators per year (residents, young people, dwellings, business establishments) that turn a count into
 * a rate per 1,000. Admins enter them.
 */
public final class DenominatorService {

    /** How many years before the plan period a denominator may be entered for (the baselines' years). */
    static final int YEARS_BEFORE_PLAN = 10;

    private final JdbcFigureStore store;
    private final PlanPeriod period;
    private final AuditLog audit;

    public DenominatorService(JdbcFigureStore store, PlanPeriod period, AuditLog audit) {
        this.store = store;
        this.period = period;
        this.audit = audit;
    }

    public void enterDenominator(Actor actor, int year, Denominator kind, long population, Integer expectedVersion) {
        String target = "denominator:" + kind + "/" + year;
        Guard.requireAdmin(audit, actor, "denominator.enter", target);
        Changes.audited(audit, actor, "denominator.enter", target, () -> {
            storeDenominator(actor, year, kind, population, expectedVersion);
            return population;
        }, stored -> "aantal " + stored);
    }

    private void storeDenominator(Actor actor, int year, Denominator kind, long population, Integer expectedVersion) {
        List<FieldError> errors = new ArrayList<>();
        if (population <= 0) {
            errors.add(new FieldError("population", "positive", Messages.text("rule.denominator.positive")));
        }
        if (!takesYear(year)) {
            errors.add(new FieldError("year", "range", Messages.text("rule.denominator.year-range",
                    String.valueOf(period.firstYear() - YEARS_BEFORE_PLAN), String.valueOf(period.lastYear()))));
        }
        Changes.rejectIfAny(errors);
        store.saveDenominator(year, kind, population, actor.username(), expectedVersion);
    }

    /** Whether a denominator may be stored for {@code year}: the plan's years and the ten years before. */
    public boolean takesYear(int year) {
        return year >= period.firstYear() - YEARS_BEFORE_PLAN && year <= period.lastYear();
    }

    public List<JdbcFigureStore.StoredDenominator> denominators() {
        return store.denominators();
    }
}
