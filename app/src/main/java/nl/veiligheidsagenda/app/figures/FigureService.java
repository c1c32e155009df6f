package nl.veiligheidsagenda.app.figures;

import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.Guard;
import nl.veiligheidsagenda.app.security.Outcome;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.core.evaluation.EvaluationContext;
import nl.veiligheidsagenda.core.evaluation.GoalEvaluator;
import nl.veiligheidsagenda.core.evaluation.GoalResult;
import nl.veiligheidsagenda.core.evaluation.Measurement;
import nl.veiligheidsagenda.core.evaluation.MeasurementStatus;
import nl.veiligheidsagenda.core.evaluation.OwnerAssessment;
import nl.veiligheidsagenda.core.evaluation.OwnerStatus;
import nl.veiligheidsagenda.core.evaluation.Rates;
import nl.veiligheidsagenda.core.model.Denominator;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Unit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The yearly cycle: owners enter figures, stories and action progress for their themes; everyone reads the status
 * of every goal. Every change is checked here against the actor's rights and the plan's rules, so no request can
 * bypass the checks of the UI. Rejected input stores nothing.
 */
public final class FigureService {

    static final int MAX_SOURCE = 500;
    static final int MAX_NOTE = 2000;
    static final int MAX_STORY = 20_000;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ThemeService themes;
    private final JdbcFigureStore store;
    private final PlanPeriod period;
    private final Clock clock;
    private final AuditLog audit;

    public FigureService(ThemeService themes, JdbcFigureStore store, PlanPeriod period, Clock clock,
                         AuditLog audit) {
        this.themes = themes;
        this.store = store;
        this.period = period;
        this.clock = clock;
        this.audit = audit;
    }

    /** The enabled themes now: an admin may switch one off at any moment. */
    private CatalogueIndex catalogue() {
        return CatalogueIndex.of(themes.enabled());
    }

    /**
     * Runs a change and writes its outcome to the audit log: success with what was stored, failure with why
     * (invalid input, a conflicting edit). Refusals for missing rights are audited by {@link Guard}.
     */
    private <T> T audited(Actor actor, String action, String target, Supplier<T> change, Function<T, String> detail) {
        try {
            T result = change.get();
            audit.record(actor, action, target, Outcome.SUCCESS, detail.apply(result));
            return result;
        } catch (ValidationException | ConflictException e) {
            audit.record(actor, action, target, Outcome.FAILURE, e.getMessage());
            throw e;
        }
    }

    public PlanPeriod period() {
        return period;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- figures -------------------------------------------------------------------------------------------

    /** Stores a figure after checking rights and every rule; returns it with its new version. */
    public StoredFigure enterFigure(Actor actor, FigureInput input) {
        CatalogueIndex.IndicatorEntry ref = catalogue().indicator(input.indicatorId()).orElseThrow(() ->
                new NotFoundException("Onbekende indicator '" + input.indicatorId() + "'"));
        String target = "figure:" + input.indicatorId() + "/" + input.seriesId() + "/" + input.year();
        Guard.requireEditRights(audit, actor, ref.themeId(), "figure.enter", target);
        return audited(actor, "figure.enter", target, () -> storeFigure(actor, ref, input),
                figure -> "waarde " + figure.value().toPlainString() + (figure.rawCount() == null ? ""
                        : " (aantal " + figure.rawCount() + ", noemer " + figure.population() + ")") + ", "
                        + figure.status() + ", versie " + figure.version());
    }

    private StoredFigure storeFigure(Actor actor, CatalogueIndex.IndicatorEntry ref, FigureInput input) {
        Indicator indicator = ref.indicator();
        Series series = indicator.series().stream().filter(candidate -> candidate.id().equals(input.seriesId()))
                .findFirst().orElseThrow(() -> new NotFoundException("Indicator '" + indicator.id()
                        + "' heeft geen reeks '" + input.seriesId() + "'"));

        List<FieldError> errors = new ArrayList<>();
        checkYear(series, input.year(), errors);
        if (input.status() == null) {
            errors.add(new FieldError("status", "required", "Kies de status: voorlopig (provisional) of definitief"
                    + " (final)."));
        }
        String source = input.source() == null ? "" : input.source().strip();
        if (source.length() > MAX_SOURCE) {
            errors.add(new FieldError("source", "max-length", "De bronvermelding is langer dan " + MAX_SOURCE
                    + " tekens."));
        }
        BigDecimal value = null;
        Long population = null;
        if ((input.value() == null) == (input.count() == null)) {
            errors.add(new FieldError("value", "value-or-count", "Geef een waarde (value) of een aantal (count),"
                    + " niet allebei en niet geen van beide."));
        } else if (input.value() != null) {
            value = checkValue(series.unit(), input.value(), errors);
        } else {
            Optional<Denominator> denominator = series.unit().denominator();
            if (input.count() < 0) {
                errors.add(new FieldError("count", "not-negative", "Een aantal kan niet negatief zijn."));
            } else if (series.unit() == Unit.COUNT) {
                value = BigDecimal.valueOf(input.count());
            } else if (denominator.isEmpty()) {
                errors.add(new FieldError("count", "no-denominator", "Deze reeks is een percentage; geef de"
                        + " waarde (value), geen aantal."));
            } else {
                OptionalLong size = store.population(input.year(), denominator.get());
                if (size.isEmpty()) {
                    errors.add(new FieldError("count", "denominator-missing", "Er is geen noemer ("
                            + denominatorName(denominator.get()) + ") voor " + input.year() + " ingevoerd; een"
                            + " beheerder vult die in onder Noemers."));
                } else {
                    population = size.getAsLong();
                    value = Rates.perThousand(input.count(), population);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return store.saveFigure(new StoredFigure(indicator.id(), series.id(), StoredFigure.MUNICIPALITY,
                input.year(), value, input.value() == null ? input.count() : null, population, input.status(),
                source, actor.username(), OffsetDateTime.now(clock), 0), input.expectedVersion());
    }

    private void checkYear(Series series, int year, List<FieldError> errors) {
        Set<Integer> baselineYears = series.baselineIfAny().map(baseline -> Set.copyOf(baseline.period().years()))
                .orElse(Set.of());
        if (!period.contains(year) && !baselineYears.contains(year)) {
            Set<Integer> allowed = new TreeSet<>(baselineYears);
            for (int y = period.firstYear(); y <= period.lastYear(); y++) {
                allowed.add(y);
            }
            errors.add(new FieldError("year", "plan-period", "Het jaar " + year + " valt buiten de planperiode "
                    + period + " en de nulmetingsjaren van deze reeks; toegestaan: " + allowed + "."));
        }
    }

    private static BigDecimal checkValue(Unit unit, BigDecimal value, List<FieldError> errors) {
        if (value.signum() < 0) {
            errors.add(new FieldError("value", "not-negative", "Een waarde kan niet negatief zijn."));
        } else if (unit.isPercentage() && value.compareTo(HUNDRED) > 0) {
            errors.add(new FieldError("value", "percentage-range", "Een percentage ligt tussen 0 en 100."));
        } else if (value.stripTrailingZeros().scale() > 4) {
            errors.add(new FieldError("value", "precision", "Gebruik hoogstens vier decimalen."));
        } else {
            return value;
        }
        return null;
    }

    static String denominatorName(Denominator denominator) {
        return switch (denominator) {
            case RESIDENTS -> "inwoners";
            case YOUNG_PEOPLE_12_24 -> "jeugdigen 12-24 jaar";
            case DWELLINGS -> "woningen";
            case BUSINESS_ESTABLISHMENTS -> "bedrijfsvestigingen";
        };
    }

    /** The current figures of one indicator of an enabled theme. */
    public List<StoredFigure> figures(String indicatorId) {
        CatalogueIndex.IndicatorEntry ref = catalogue().indicator(indicatorId).orElseThrow(() ->
                new NotFoundException("Onbekende indicator '" + indicatorId + "'"));
        return store.figures(List.of(ref.indicator().id()));
    }

    /** The current figures of these indicators (for overviews; no theme check, reading is open to all). */
    public List<StoredFigure> figuresOf(Collection<String> indicatorIds) {
        return store.figures(indicatorIds);
    }

    public List<StoredFigure> figureHistory(String indicatorId, String seriesId, int year) {
        return store.figureHistory(indicatorId, seriesId, year);
    }

    // --- denominators --------------------------------------------------------------------------------------

    public void enterDenominator(Actor actor, int year, Denominator kind, long population, Integer expectedVersion) {
        String target = "denominator:" + kind + "/" + year;
        Guard.requireAdmin(audit, actor, "denominator.enter", target);
        audited(actor, "denominator.enter", target, () -> {
            storeDenominator(actor, year, kind, population, expectedVersion);
            return population;
        }, stored -> "aantal " + stored);
    }

    private void storeDenominator(Actor actor, int year, Denominator kind, long population, Integer expectedVersion) {
        List<FieldError> errors = new ArrayList<>();
        if (population <= 0) {
            errors.add(new FieldError("population", "positive", "Een noemer is een aantal groter dan 0."));
        }
        if (year < period.firstYear() - 10 || year > period.lastYear()) {
            errors.add(new FieldError("year", "range", "Het jaar moet tussen " + (period.firstYear() - 10) + " en "
                    + period.lastYear() + " liggen."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        store.saveDenominator(year, kind, population, actor.username(), expectedVersion);
    }

    public List<JdbcFigureStore.StoredDenominator> denominators() {
        return store.denominators();
    }

    // --- stories and progress ------------------------------------------------------------------------------

    /** Writes the story behind the figures of a goal (with the owner's assessment for goals without indicator). */
    public void writeGoalStory(Actor actor, String goalId, int year, String body, OwnerStatus assessment,
                               Integer expectedVersion) {
        CatalogueIndex.Place ref = catalogue().goal(goalId).orElseThrow(() ->
                new NotFoundException("Onbekend doel '" + goalId + "'"));
        writeStory(actor, ref.themeId(), StoredStory.StoryKind.GOAL, goalId, year, body, assessment, expectedVersion);
    }

    public void writeIndicatorStory(Actor actor, String indicatorId, int year, String body, Integer expectedVersion) {
        CatalogueIndex.IndicatorEntry ref = catalogue().indicator(indicatorId).orElseThrow(() ->
                new NotFoundException("Onbekende indicator '" + indicatorId + "'"));
        writeStory(actor, ref.themeId(), StoredStory.StoryKind.INDICATOR, indicatorId, year, body, null,
                expectedVersion);
    }

    private void writeStory(Actor actor, String themeId, StoredStory.StoryKind kind, String subjectId, int year,
                            String body, OwnerStatus assessment, Integer expectedVersion) {
        String target = "story:" + kind.name().toLowerCase(Locale.ROOT) + "/" + subjectId + "/" + year;
        Guard.requireEditRights(audit, actor, themeId, "story.write", target);
        audited(actor, "story.write", target, () -> {
            checkStory(year, body);
            return store.saveStory(new StoredStory(kind, subjectId, year, body.strip(),
                    assessment == null ? null : assessment.name(), actor.username(), OffsetDateTime.now(clock), 0),
                    expectedVersion);
        }, version -> "versie " + version + (assessment == null ? "" : ", beoordeling " + assessment));
    }

    private void checkStory(int year, String body) {
        List<FieldError> errors = new ArrayList<>();
        if (!period.contains(year)) {
            errors.add(new FieldError("year", "plan-period", "Het jaar " + year + " valt buiten de planperiode "
                    + period + "."));
        }
        if (body == null || body.isBlank()) {
            errors.add(new FieldError("body", "required", "Het verhaal achter de cijfers mag niet leeg zijn."));
        } else if (body.length() > MAX_STORY) {
            errors.add(new FieldError("body", "max-length", "Het verhaal is langer dan " + MAX_STORY + " tekens."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public List<StoredStory> stories(StoredStory.StoryKind kind, String subjectId) {
        return store.stories(kind, subjectId);
    }

    public List<StoredStory> storiesOfYear(int year) {
        return store.storiesOfYear(year);
    }

    public void recordProgress(Actor actor, String actionId, int year, ActionStatus status, String note,
                               Integer expectedVersion) {
        CatalogueIndex.ActionEntry ref = catalogue().action(actionId).orElseThrow(() ->
                new NotFoundException("Onbekende actie '" + actionId + "'"));
        String target = "progress:" + actionId + "/" + year;
        Guard.requireEditRights(audit, actor, ref.themeId(), "progress.record", target);
        audited(actor, "progress.record", target, () -> storeProgress(actor, actionId, year, status, note,
                expectedVersion), version -> status + ", versie " + version);
    }

    private int storeProgress(Actor actor, String actionId, int year, ActionStatus status, String note,
                              Integer expectedVersion) {
        List<FieldError> errors = new ArrayList<>();
        if (!period.contains(year)) {
            errors.add(new FieldError("year", "plan-period", "Het jaar " + year + " valt buiten de planperiode "
                    + period + "."));
        }
        if (status == null) {
            errors.add(new FieldError("status", "required", "Kies een status."));
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            errors.add(new FieldError("note", "max-length", "De toelichting is langer dan " + MAX_NOTE
                    + " tekens."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return store.saveProgress(new StoredProgress(actionId, year, status, text, actor.username(),
                OffsetDateTime.now(clock), 0), expectedVersion);
    }

    public List<StoredProgress> progressOfYear(int year) {
        return store.progressOfYear(year);
    }

    // --- goal status ---------------------------------------------------------------------------------------

    /** The status of a goal of an enabled theme in a year, with a one-line explanation. */
    public GoalResult goalStatus(String goalId, int year, Locale locale) {
        CatalogueIndex.Place ref = catalogue().goal(goalId).orElseThrow(() ->
                new NotFoundException("Onbekend doel '" + goalId + "'"));
        List<Measurement> measurements = store.figures(ref.goal().indicators().stream().map(Indicator::id).toList())
                .stream().map(FigureService::measurement).toList();
        Optional<OwnerAssessment> assessment = store.stories(StoredStory.StoryKind.GOAL, goalId).stream()
                .filter(story -> story.year() == year && story.assessment() != null).findFirst()
                .map(story -> new OwnerAssessment(OwnerStatus.valueOf(story.assessment()), story.body()));
        return GoalEvaluator.evaluate(ref.goal(), measurements, assessment,
                new EvaluationContext(year, today(), locale), ref.theme()::evaluation);
    }

    private static Measurement measurement(StoredFigure figure) {
        return new Measurement(figure.indicatorId(), figure.seriesId(), figure.year(), figure.value(),
                figure.status() == FigureStatus.FINAL ? MeasurementStatus.FINAL : MeasurementStatus.PROVISIONAL);
    }
}
