package nl.veiligheidsagenda.app.imports;

import nl.veiligheidsagenda.app.figures.FieldError;
import nl.veiligheidsagenda.app.figures.FigureInput;
import nl.veiligheidsagenda.app.figures.DenominatorService;
import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.figures.FigureStatus;
import nl.veiligheidsagenda.app.figures.ImportedFigures;
import nl.veiligheidsagenda.app.figures.JdbcFigureStore.StoredDenominator;
import nl.veiligheidsagenda.app.figures.NotFoundException;
import nl.veiligheidsagenda.app.figures.StoredFigure;
import nl.veiligheidsagenda.app.figures.ValidationException;
import nl.veiligheidsagenda.app.imports.Target.DenominatorTarget;
import nl.veiligheidsagenda.app.imports.Target.SeriesTarget;
import nl.veiligheidsagenda.app.imports.formats.Reason;
import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.core.model.Denominator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Judges every candidate figure: duplicates in the files, the importer's rights, the figures feature's own rules
 * (the same as for a figure typed in), then against what is stored: new, changed, unchanged, or a provisional figure
 * that does not replace a final one unless the importer chose so. Collects what an apply writes.
 */
final class ImportChecker {

    private final FigureService.ImportRules figures;
    private final DenominatorService denominators;
    private final Actor actor;
    private final boolean provisionalReplacesFinal;
    private final Map<String, StoredFigure> storedFigures;
    private final Map<String, StoredDenominator> storedDenominators;
    private final Consumer<ImportRow> rows;
    private final ImportedFigures.Builder batch = ImportedFigures.builder();

    ImportChecker(FigureService.ImportRules figures, DenominatorService denominators, Actor actor, boolean provisionalReplacesFinal,
                  List<StoredFigure> storedFigures, List<StoredDenominator> storedDenominators,
                  Consumer<ImportRow> rows) {
        this.figures = figures;
        this.denominators = denominators;
        this.actor = actor;
        this.provisionalReplacesFinal = provisionalReplacesFinal;
        this.storedFigures = new HashMap<>(storedFigures.size() * 2);
        storedFigures.forEach(figure -> this.storedFigures.put(figure.indicatorId() + "/" + figure.seriesId() + "|"
                + figure.area() + "|" + figure.year(), figure));
        this.storedDenominators = new HashMap<>();
        storedDenominators.forEach(row -> this.storedDenominators.put(row.kind() + "|" + row.year(), row));
        this.rows = rows;
    }

    /** Judges all candidates and returns what an apply would write. */
    ImportedFigures check(List<Candidate> candidates) {
        Map<String, Integer> first = new HashMap<>(candidates.size() * 2);
        boolean[] refused = new boolean[candidates.size()];
        boolean[] duplicate = new boolean[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            Integer earlier = first.putIfAbsent(candidates.get(i).key(), i);
            if (earlier != null) {
                Candidate a = candidates.get(earlier);
                Candidate b = candidates.get(i);
                if (same(a, b)) {
                    duplicate[i] = true;
                } else {
                    refused[earlier] = true;
                    refused[i] = true;
                }
            }
        }
        Map<String, Long> importedPopulations = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            if (candidate.target() instanceof DenominatorTarget target && !refused[i] && !duplicate[i]) {
                importedPopulations.put(target.kind() + "|" + candidate.year(), candidate.count());
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            if (duplicate[i]) {
                Candidate original = candidates.get(first.get(candidate.key()));
                row(candidate, Outcome.SKIPPED, null, shown(candidate), Reason.of("skip.duplicate", original.file(),
                        original.position()));
            } else if (refused[i]) {
                Candidate other = candidates.get(first.get(candidate.key()) == i ? findOther(candidates, i) : first.get(
                        candidate.key()));
                row(candidate, Outcome.REFUSED, null, shown(candidate), Reason.of("refuse.conflict", other.file(),
                        other.position(), shown(other).toString()));
            } else if (candidate.target() instanceof SeriesTarget target) {
                series(candidate, target, importedPopulations);
            } else if (candidate.target() instanceof DenominatorTarget target) {
                denominator(candidate, target);
            }
        }
        return batch.build();
    }

    private static int findOther(List<Candidate> candidates, int index) {
        for (int i = index + 1; i < candidates.size(); i++) {
            if (candidates.get(i).key().equals(candidates.get(index).key())) {
                return i;
            }
        }
        return index;
    }

    private static boolean same(Candidate a, Candidate b) {
        return a.status() == b.status() && equal(a.value(), b.value()) && java.util.Objects.equals(a.count(), b.count());
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private void series(Candidate candidate, SeriesTarget target, Map<String, Long> importedPopulations) {
        if (!actor.mayEditTheme(target.themeId())) {
            row(candidate, Outcome.REFUSED, null, shown(candidate), Reason.of("refuse.no-rights", target.themeId()));
            return;
        }
        if (!figures.takesFigureFor(target.indicatorId(), target.seriesId(), candidate.year())) {
            Reason reason = Reason.of("skip.year", candidate.year());
            row(candidate, candidate.strict() ? Outcome.REFUSED : Outcome.SKIPPED, null, shown(candidate), reason);
            return;
        }
        if (candidate.count() != null && target.unit().denominator().isPresent() && !candidate.area().equals(StoredFigure.MUNICIPALITY)) {
            row(candidate, Outcome.SKIPPED, null, shown(candidate), Reason.of("skip.district-rate"));
            return;
        }
        StoredFigure figure;
        try {
            figure = figures.check(actor, new FigureInput(target.indicatorId(), target.seriesId(),
                    candidate.year(), candidate.value(), candidate.count(), candidate.status(), source(candidate),
                    null), candidate.area(), (year, kind) -> population(importedPopulations, year, kind));
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                row(candidate, Outcome.REFUSED, null, shown(candidate), Reason.of("refuse.rule", error.field(),
                        error.message()));
            }
            return;
        } catch (NotFoundException e) {
            row(candidate, Outcome.REFUSED, null, shown(candidate), Reason.of("refuse.not-enabled", e.getMessage()));
            return;
        }
        StoredFigure stored = storedFigures.get(candidate.key());
        Figure after = new Figure(figure.value(), figure.rawCount(), figure.status());
        if (stored == null) {
            batch.figure(figure, 0);
            row(candidate, Outcome.NEW, null, after, candidate.note());
        } else if (stored.value().compareTo(figure.value()) == 0 && stored.status() == figure.status()
                && java.util.Objects.equals(stored.rawCount(), figure.rawCount())) {
            row(candidate, Outcome.UNCHANGED, after, after, candidate.note());
        } else if (stored.status() == FigureStatus.FINAL && figure.status() == FigureStatus.PROVISIONAL
                && !provisionalReplacesFinal) {
            row(candidate, Outcome.SKIPPED, new Figure(stored.value(), stored.rawCount(), stored.status()), after,
                    Reason.of("skip.final-kept"));
        } else {
            batch.figure(figure, stored.version());
            row(candidate, Outcome.CHANGED, new Figure(stored.value(), stored.rawCount(), stored.status()), after,
                    candidate.note());
        }
    }

    private OptionalLong population(Map<String, Long> imported, int year, Denominator kind) {
        Long fromFile = imported.get(kind + "|" + year);
        if (fromFile != null) {
            return OptionalLong.of(fromFile);
        }
        StoredDenominator stored = storedDenominators.get(kind + "|" + year);
        return stored == null ? OptionalLong.empty() : OptionalLong.of(stored.population());
    }

    private void denominator(Candidate candidate, DenominatorTarget target) {
        if (!actor.isAdmin()) {
            row(candidate, Outcome.REFUSED, null, shown(candidate), Reason.of("refuse.denominator-admin"));
            return;
        }
        if (!denominators.takesYear(candidate.year())) {
            row(candidate, Outcome.SKIPPED, null, shown(candidate), Reason.of("skip.year", candidate.year()));
            return;
        }
        if (candidate.count() <= 0) {
            row(candidate, Outcome.REFUSED, null, shown(candidate), Reason.of("refuse.denominator-positive"));
            return;
        }
        StoredDenominator stored = storedDenominators.get(target.kind() + "|" + candidate.year());
        Figure after = new Figure(BigDecimal.valueOf(candidate.count()), null, null);
        if (stored == null) {
            batch.denominator(candidate.year(), target.kind(), candidate.count(), 0);
            row(candidate, Outcome.NEW, null, after, candidate.note());
        } else if (stored.population() == candidate.count()) {
            row(candidate, Outcome.UNCHANGED, after, after, candidate.note());
        } else {
            batch.denominator(candidate.year(), target.kind(), candidate.count(), stored.version());
            row(candidate, Outcome.CHANGED, new Figure(BigDecimal.valueOf(stored.population()), null, null), after,
                    candidate.note());
        }
    }

    private static String source(Candidate candidate) {
        String source = candidate.source() == null ? "" : candidate.source().strip();
        return source.length() > 500 ? source.substring(0, 500) : source;
    }

    /** What a candidate offers, before the rules turned a count into a rate. */
    private static Figure shown(Candidate candidate) {
        return candidate.value() != null ? new Figure(candidate.value(), null, candidate.status())
                : new Figure(BigDecimal.valueOf(candidate.count()), candidate.count(), candidate.status());
    }

    private void row(Candidate candidate, Outcome outcome, Figure before, Figure after, Reason reason) {
        rows.accept(new ImportRow(candidate.file(), candidate.position(), outcome, candidate.target().key(),
                candidate.area(), candidate.year(), before, after, reason));
    }
}
