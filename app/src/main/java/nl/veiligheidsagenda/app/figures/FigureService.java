package nl.veiligheidsagenda.app.figures;

import nl.veiligheidsagenda.app.security.AccessDeniedException;
import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.Guard;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.core.evaluation.Rates;
import nl.veiligheidsagenda.core.model.Denominator;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * The figures of the yearly cycle: owners enter the value of every series for their themes. Every change is
 * checked here against the actor's rights and the plan's rules, so no request can bypass the checks of the UI.
 * Rejected input stores nothing.
 */
public final class FigureService {

    static final int MAX_SOURCE = 500;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    /** Above any real figure of a municipality, below what the database stores exactly. */
    static final BigDecimal MAX_VALUE = BigDecimal.TEN.pow(12);

    private final ThemeService themes;
    private final JdbcFigureStore store;
    private final PlanCalendar calendar;
    private final AuditLog audit;

    public FigureService(ThemeService themes, JdbcFigureStore store, PlanCalendar calendar, AuditLog audit) {
        this.themes = themes;
        this.store = store;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** Stores a figure after checking rights and every rule; returns it with its new version. */
    public StoredFigure enterFigure(Actor actor, FigureInput input) {
        CatalogueIndex.IndicatorEntry ref = Changes.indicator(themes, input.indicatorId());
        String target = "figure:" + input.indicatorId() + "/" + input.seriesId() + "/" + input.year();
        Guard.requireEditRights(audit, actor, ref.themeId(), "figure.enter", target);
        return Changes.audited(audit, actor, "figure.enter", target, () -> storeFigure(actor, ref, input),
                figure -> "waarde " + figure.value().toPlainString() + (figure.rawCount() == null ? ""
                        : " (aantal " + figure.rawCount() + ", noemer " + figure.population() + ")") + ", "
                        + figure.status() + ", versie " + figure.version());
    }

    private StoredFigure storeFigure(Actor actor, CatalogueIndex.IndicatorEntry ref, FigureInput input) {
        return store.saveFigure(prepare(actor, ref, input, StoredFigure.MUNICIPALITY, store::population),
                input.expectedVersion());
    }

    /**
     * The rules of {@link #enterFigure} for an import that checks many figures against one view of the enabled
     * themes and stores them in one transaction ({@link #storeImported}). Rights are the importer's to check per
     * theme.
     */
    public ImportRules importRules() {
        return new ImportRules(CatalogueIndex.of(themes.enabled()));
    }

    /** The figure rules bound to one view of the enabled themes (see {@link #importRules()}). */
    public final class ImportRules {

        private final CatalogueIndex catalogue;
        private final java.util.Map<String, Boolean> years = new java.util.HashMap<>();
        private final java.util.Map<String, CatalogueIndex.IndicatorEntry> entries = new java.util.HashMap<>();

        private ImportRules(CatalogueIndex catalogue) {
            this.catalogue = catalogue;
        }

        /** Whether a figure of this series may be stored for {@code year}: the plan's years and its baseline years. */
        public boolean takesFigureFor(String indicatorId, String seriesId, int year) {
            return years.computeIfAbsent(indicatorId + "/" + seriesId + "/" + year, key -> {
                List<FieldError> errors = new ArrayList<>();
                checkYear(series(entry(indicatorId).indicator(), seriesId), year, errors);
                return errors.isEmpty();
            });
        }

        /**
         * Checks a figure against every rule and returns it as it would be stored (version 0), without storing it.
         *
         * @param area        the area it is for ({@link StoredFigure#MUNICIPALITY}, or a district's code)
         * @param populations the denominators to turn a count into a rate with
         * @throws ValidationException every rule the figure breaks
         * @throws NotFoundException   when no enabled theme has the indicator or series
         */
        public StoredFigure check(Actor actor, FigureInput input, String area, Populations populations) {
            return prepare(actor, entry(input.indicatorId()), input, area, populations);
        }

        private CatalogueIndex.IndicatorEntry entry(String indicatorId) {
            CatalogueIndex.IndicatorEntry entry = entries.get(indicatorId);
            if (entry == null) {
                entry = catalogue.indicator(indicatorId).orElseThrow(() ->
                        new NotFoundException(Messages.text("rule.unknown-indicator", indicatorId)));
                entries.put(indicatorId, entry);
            }
            return entry;
        }
    }

    /**
     * Stores an import's figures and denominators in one transaction, each only if it still has the version the
     * import judged it against: all of them, or (on a conflict) none.
     *
     * @throws AccessDeniedException when the actor may not change one of the figures' themes or the denominators
     * @throws ConflictException     when someone changed one of them meanwhile
     */
    public void storeImported(Actor actor, ImportedFigures batch) {
        CatalogueIndex catalogue = CatalogueIndex.of(themes.enabled());
        java.util.Set<String> indicatorIds = new java.util.HashSet<>();
        for (ImportedFigures.VersionedFigure entry : batch.figures()) {
            indicatorIds.add(entry.figure().indicatorId());
        }
        for (String indicatorId : indicatorIds) {
            actor.requireEditRights(catalogue.indicator(indicatorId).orElseThrow(() ->
                    new NotFoundException(Messages.text("rule.unknown-indicator", indicatorId))).themeId());
        }
        if (!batch.denominators().isEmpty()) {
            actor.requireAdmin();
        }
        store.saveImported(batch, actor.username());
    }

    private static Series series(Indicator indicator, String seriesId) {
        return indicator.series().stream().filter(candidate -> candidate.id().equals(seriesId))
                .findFirst().orElseThrow(() -> new NotFoundException(Messages.text("rule.unknown-series",
                        indicator.id(), seriesId)));
    }

    private StoredFigure prepare(Actor actor, CatalogueIndex.IndicatorEntry ref, FigureInput input, String area,
                                 Populations populations) {
        Indicator indicator = ref.indicator();
        Series series = series(indicator, input.seriesId());
        List<FieldError> errors = new ArrayList<>();
        checkYear(series, input.year(), errors);
        if (input.status() == null) {
            errors.add(new FieldError("status", "required", Messages.text("rule.figure.status-required")));
        }
        String source = input.source() == null ? "" : input.source().strip();
        if (source.length() > MAX_SOURCE) {
            errors.add(new FieldError("source", "max-length", Messages.text("rule.figure.source-length",
                    String.valueOf(MAX_SOURCE))));
        }
        BigDecimal value = null;
        Long population = null;
        if ((input.value() == null) == (input.count() == null)) {
            errors.add(new FieldError("value", "value-or-count", Messages.text("rule.figure.value-or-count")));
        } else if (input.value() != null) {
            value = checkValue(series.unit(), input.value(), errors);
        } else {
            Optional<Denominator> denominator = series.unit().denominator();
            if (input.count() < 0) {
                errors.add(new FieldError("count", "not-negative", Messages.text("rule.figure.count-negative")));
            } else if (BigDecimal.valueOf(input.count()).compareTo(MAX_VALUE) >= 0) {
                errors.add(new FieldError("count", "value-range", Messages.text("rule.figure.value-range")));
            } else if (series.unit() == Unit.COUNT) {
                value = BigDecimal.valueOf(input.count());
            } else if (denominator.isEmpty()) {
                errors.add(new FieldError("count", "no-denominator",
                        Messages.text("rule.figure.count-for-percentage")));
            } else {
                OptionalLong size = populations.of(input.year(), denominator.get());
                if (size.isEmpty()) {
                    errors.add(new FieldError("count", "denominator-missing", Messages.text(
                            "rule.figure.denominator-missing", Messages.text("rule.denominator."
                                    + denominator.get().name()), String.valueOf(input.year()))));
                } else if (input.count() > size.getAsLong()) {
                    errors.add(new FieldError("count", "above-denominator", Messages.text(
                            "rule.figure.above-denominator", String.valueOf(input.count()), Messages.text(
                                    "rule.denominator." + denominator.get().name()),
                            String.valueOf(size.getAsLong()), String.valueOf(input.year()))));
                } else {
                    population = size.getAsLong();
                    value = Rates.perThousand(input.count(), population);
                }
            }
        }
        Changes.rejectIfAny(errors);
        return new StoredFigure(indicator.id(), series.id(), area, input.year(), value,
                input.value() == null ? input.count() : null, population, input.status(), source, actor.username(),
                calendar.now(), 0);
    }

    /** Figures may be entered for the plan's years and for the baseline years of their series. */
    private void checkYear(Series series, int year, List<FieldError> errors) {
        PlanPeriod period = calendar.period();
        Set<Integer> baselineYears = series.baselineIfAny().map(baseline -> Set.copyOf(baseline.period().years()))
                .orElse(Set.of());
        if (!period.contains(year) && !baselineYears.contains(year)) {
            Set<Integer> allowed = new TreeSet<>(baselineYears);
            for (int y = period.firstYear(); y <= period.lastYear(); y++) {
                allowed.add(y);
            }
            errors.add(new FieldError("year", "plan-period", Messages.text("rule.year.plan-or-baseline",
                    String.valueOf(year), period.toString(), allowed.toString())));
        }
    }

    /** Plausibility of a value: within its unit's range and stored exactly (DECIMAL(20, 4)). */
    private static BigDecimal checkValue(Unit unit, BigDecimal value, List<FieldError> errors) {
        if (value.signum() < 0) {
            errors.add(new FieldError("value", "not-negative", Messages.text("rule.figure.value-negative")));
        } else if (unit.isPercentage() && value.compareTo(HUNDRED) > 0) {
            errors.add(new FieldError("value", "percentage-range", Messages.text("rule.figure.percentage-range")));
        } else if (unit.denominator().isPresent() && value.compareTo(THOUSAND) > 0) {
            errors.add(new FieldError("value", "rate-range", Messages.text("rule.figure.rate-range")));
        } else if (value.compareTo(MAX_VALUE) >= 0) {
            errors.add(new FieldError("value", "value-range", Messages.text("rule.figure.value-range")));
        } else if (value.stripTrailingZeros().scale() > 4) {
            errors.add(new FieldError("value", "precision", Messages.text("rule.figure.precision")));
        } else {
            return value;
        }
        return null;
    }

    /** The current figures of one indicator of an enabled theme. */
    public List<StoredFigure> figures(String indicatorId) {
        return store.figures(List.of(Changes.indicator(themes, indicatorId).indicator().id()));
    }

    /** The current figures of these indicators (for overviews; no theme check, reading is open to all). */
    public List<StoredFigure> figuresOf(Collection<String> indicatorIds) {
        return store.figures(indicatorIds);
    }

    /** The current figures of these indicators in every area (for an import to compare with). */
    public List<StoredFigure> figuresInAllAreas(Collection<String> indicatorIds) {
        return store.figuresInAllAreas(indicatorIds);
    }

    public List<StoredFigure> figureHistory(String indicatorId, String seriesId, int year) {
        return store.figureHistory(indicatorId, seriesId, year);
    }
}
