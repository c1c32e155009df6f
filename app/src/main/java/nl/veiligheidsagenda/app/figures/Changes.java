package nl.veiligheidsagenda.app.figures;

import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.Guard;
import nl.veiligheidsagenda.app.security.Outcome;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.app.themes.ThemeService;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** What every change of the yearly cycle shares: finding its element among the enabled themes, and the audit. */
final class Changes {

    private Changes() {
    }

    /**
     * Runs a change and writes its outcome to the audit log: success with what was stored, failure with why
     * (invalid input, a conflicting edit). Refusals for missing rights are audited by {@link Guard}.
     */
    static <T> T audited(AuditLog audit, Actor actor, String action, String target, Supplier<T> change,
                         Function<T, String> detail) {
        try {
            T result = change.get();
            audit.record(actor, action, target, Outcome.SUCCESS, detail.apply(result));
            return result;
        } catch (ValidationException | ConflictException e) {
            audit.record(actor, action, target, Outcome.FAILURE, e.getMessage());
            throw e;
        }
    }

    /** Throws the collected errors, if any: a rejected input stores nothing. */
    static void rejectIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The enabled themes now: an admin may switch one off at any moment. */
    static CatalogueIndex.IndicatorEntry indicator(ThemeService themes, String indicatorId) {
        return CatalogueIndex.of(themes.enabled()).indicator(indicatorId).orElseThrow(() ->
                new NotFoundException(Messages.text("rule.unknown-indicator", indicatorId)));
    }

    static CatalogueIndex.Place goal(ThemeService themes, String goalId) {
        return CatalogueIndex.of(themes.enabled()).goal(goalId).orElseThrow(() ->
                new NotFoundException(Messages.text("rule.unknown-goal", goalId)));
    }

    static CatalogueIndex.ActionEntry action(ThemeService themes, String actionId) {
        return CatalogueIndex.of(themes.enabled()).action(actionId).orElseThrow(() ->
                new NotFoundException(Messages.text("rule.unknown-action", actionId)));
    }

    /** A year must lie in the plan period. */
    static void checkPlanYear(PlanPeriod period, int year, List<FieldError> errors) {
        if (!period.contains(year)) {
            errors.add(new FieldError("year", "plan-period", Messages.text("rule.year.plan-period",
                    String.valueOf(year), period.toString())));
        }
    }
}
