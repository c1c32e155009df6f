package nl.veiligheidsagenda.app.imports;

import nl.veiligheidsagenda.app.figures.FigureStatus;
import nl.veiligheidsagenda.app.imports.Target.DenominatorTarget;
import nl.veiligheidsagenda.app.imports.Target.SeriesTarget;
import nl.veiligheidsagenda.app.imports.formats.FileFormat;
import nl.veiligheidsagenda.app.imports.formats.FileReader;
import nl.veiligheidsagenda.app.imports.formats.Numbers;
import nl.veiligheidsagenda.app.imports.formats.Observation;
import nl.veiligheidsagenda.app.imports.formats.PeriodStatus;
import nl.veiligheidsagenda.app.imports.formats.Reason;
import nl.veiligheidsagenda.app.imports.formats.RecordHandler;
import nl.veiligheidsagenda.app.imports.formats.TemplateRow;
import nl.veiligheidsagenda.app.imports.formats.UnreadableFileException;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.core.model.PublishedSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads an import's files into candidate figures: each record of a published table is matched with the mappings,
 * its region with the deployment's, its period must be a year; each row of our template names its series itself.
 * What cannot become a figure gets its row at once (skipped or refused, with the reason); figures summed from
 * several records (e.g. ages 12 to 24) are completed at the end.
 */
final class ImportReader implements RecordHandler {

    /** The most figures one import may offer: it bounds the memory an import takes (about 200 bytes each). */
    static final int MAX_FIGURES = 2_000_000;

    private final SourceIndex sources;
    private final Region region;
    private final CatalogueIndex catalogue;
    private final Consumer<ImportRow> rows;
    private final Progress progress;
    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<String, Sum> sums = new LinkedHashMap<>();
    private static final int SERIES_CACHE = 10_000;
    private final Map<String, Optional<SeriesTarget>> seriesCache = new java.util.HashMap<>();
    private String file = "";
    private long records;
    private long matched;
    private boolean tableKnown;
    private String table = "";

    ImportReader(SourceIndex sources, Region region, CatalogueIndex catalogue, Consumer<ImportRow> rows,
                 Progress progress) {
        this.sources = sources;
        this.region = region;
        this.catalogue = catalogue;
        this.rows = rows;
        this.progress = progress;
    }

    /** Reads one file; throws when it is no supported format or too large an import. */
    FileFormat read(ImportFile importFile) throws IOException, UnreadableFileException {
        file = importFile.name();
        matched = 0;
        tableKnown = false;
        table = "";
        long before = records;
        FileFormat format = FileReader.read(importFile.path(), importFile.name(), this);
        boolean published = format != FileFormat.TEMPLATE_CSV;
        if (published && records > before && matched == 0 && !table.isEmpty() && !tableKnown) {
            throw new UnreadableFileException(Reason.of("file.table-not-mapped", table,
                    String.join(", ", sources.tables())));
        }
        return format;
    }

    /** The candidates, with the summed figures completed; call once after the last file. */
    List<Candidate> candidates() {
        for (Sum sum : sums.values()) {
            sum.complete().ifPresent(candidates::add);
        }
        sums.clear();
        return candidates;
    }

    long records() {
        return records;
    }

    // --- published tables ------------------------------------------------------------------------------

    @Override
    public void observation(Observation observation) {
        counted();
        if (table.isEmpty() && !observation.table().isEmpty()) {
            table = observation.table();
            tableKnown = sources.knowsTable(table);
        }
        List<SourceIndex.Match> matches = sources.matches(observation);
        String described = describe(observation);
        if (matches.isEmpty()) {
            row(observation.position(), Outcome.SKIPPED, described, "", observation.period().year(),
                    Reason.of("skip.not-mapped"));
            return;
        }
        matched++;
        Optional<String> area = region.area(observation.region());
        if (area.isEmpty()) {
            row(observation.position(), Outcome.SKIPPED, described, observation.region(), observation.period().year(),
                    Reason.of("skip.other-region", observation.region(), region.toString()));
            return;
        }
        if (!observation.period().isYear()) {
            row(observation.position(), Outcome.REFUSED, described, area.get(), observation.period().year(),
                    Reason.of("refuse.not-a-year", observation.period().text()));
            return;
        }
        for (SourceIndex.Match match : matches) {
            take(observation, match, area.get());
        }
    }

    private void take(Observation observation, SourceIndex.Match match, String area) {
        Mapping mapping = match.mapping();
        int year = observation.period().year();
        if (match.parts() > 1) {
            if (candidates.size() + sums.size() >= MAX_FIGURES) {
                throw new TooManyFiguresException();
            }
            sums.computeIfAbsent(mapping.target().key() + "|" + area + "|" + year,
                    key -> new Sum(mapping, area, year, match.parts())).add(observation, match.part());
            return;
        }
        if (observation.value() == null) {
            Reason missing = observation.missing() == null ? Reason.of("value.null") : observation.missing();
            List<String> arguments = new ArrayList<>(List.of("@" + missing.key()));
            arguments.addAll(missing.arguments());
            row(observation.position(), Outcome.SKIPPED, mapping.target().key(), area, year,
                    new Reason("skip.no-value", arguments));
            return;
        }
        offer(observation.position(), mapping, area, year, observation.value(), observation.status(),
                observation.measure());
    }

    private void offer(long position, Mapping mapping, String area, int year, BigDecimal number, PeriodStatus status,
                       String measure) {
        boolean count = mapping.source().kind() == PublishedSource.ValueKind.COUNT
                || mapping.target() instanceof DenominatorTarget;
        if (count && (number.signum() < 0 || number.stripTrailingZeros().scale() > 0)) {
            row(position, Outcome.REFUSED, mapping.target().key(), area, year,
                    Reason.of("refuse.count-not-whole", number.toPlainString()));
            return;
        }
        Reason note = status == PeriodStatus.UNKNOWN ? Reason.of("note.status-unknown") : null;
        FigureStatus figureStatus = status == PeriodStatus.FINAL ? FigureStatus.FINAL : FigureStatus.PROVISIONAL;
        String source = "CBS " + mapping.source().table() + ", " + measure;
        add(new Candidate(file, position, mapping.target(), area, year, count ? null : number,
                count ? number.longValueExact() : null, figureStatus, source, note, false));
    }

    private static String describe(Observation observation) {
        StringBuilder text = new StringBuilder(observation.table().isEmpty() ? "" : observation.table() + " ");
        text.append(observation.measure());
        observation.dimensions().forEach((name, value) -> text.append(", ").append(name).append('=').append(value));
        return text.length() > 300 ? text.substring(0, 300) + "…" : text.toString();
    }

    /** The records of a summed figure (e.g. single ages), completed when every part has a value. */
    private final class Sum {
        private final Mapping mapping;
        private final String area;
        private final int year;
        private final BigDecimal[] parts;
        private final Reason[] missing;
        private long position = Long.MAX_VALUE;
        private PeriodStatus status = PeriodStatus.FINAL;
        private String measure = "";

        Sum(Mapping mapping, String area, int year, int parts) {
            this.mapping = mapping;
            this.area = area;
            this.year = year;
            this.parts = new BigDecimal[parts];
            this.missing = new Reason[parts];
        }

        void add(Observation observation, int part) {
            position = Math.min(position, observation.position());
            measure = observation.measure();
            if (observation.status() != PeriodStatus.FINAL) {
                status = observation.status() == PeriodStatus.UNKNOWN || status == PeriodStatus.UNKNOWN
                        ? PeriodStatus.UNKNOWN : PeriodStatus.PROVISIONAL;
            }
            if (observation.value() == null) {
                missing[part] = observation.missing() == null ? Reason.of("value.null") : observation.missing();
            } else {
                parts[part] = parts[part] == null ? observation.value() : parts[part].add(observation.value());
            }
        }

        Optional<Candidate> complete() {
            List<String> absent = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            List<PublishedSource.Code> codes = mapping.source().filters().stream()
                    .filter(filter -> filter.values().size() == parts.length).findFirst().orElseThrow().values();
            for (int i = 0; i < parts.length; i++) {
                if (parts[i] == null) {
                    absent.add(codes.get(i).title());
                } else {
                    total = total.add(parts[i]);
                }
            }
            if (!absent.isEmpty()) {
                row(position, Outcome.SKIPPED, mapping.target().key(), area, year,
                        Reason.of("skip.sum-incomplete", String.join(", ", absent)));
                return Optional.empty();
            }
            int before = candidates.size();
            offer(position, mapping, area, year, total, status, measure);
            return candidates.size() > before ? Optional.of(candidates.removeLast()) : Optional.empty();
        }
    }

    // --- our template ------------------------------------------------------------------------------------

    @Override
    public void templateRow(TemplateRow row) {
        counted();
        String target = row.indicatorId() + "/" + row.seriesId();
        Optional<SeriesTarget> series = series(row.indicatorId(), row.seriesId());
        Integer year = row.year().matches("\\d{4}") ? Integer.valueOf(row.year()) : null;
        int shownYear = year == null ? 0 : year;
        if (series.isEmpty()) {
            row(row.line(), Outcome.REFUSED, target, row.area(), shownYear, Reason.of("refuse.unknown-series",
                    row.indicatorId(), row.seriesId()));
            return;
        }
        Optional<String> area = region.area(row.area());
        List<Reason> problems = new ArrayList<>();
        if (area.isEmpty()) {
            problems.add(Reason.of("refuse.other-region", row.area(), region.toString()));
        }
        if (year == null) {
            problems.add(Reason.of("refuse.year", row.year()));
        }
        Optional<BigDecimal> value = Numbers.parseEither(row.value());
        Optional<BigDecimal> count = Numbers.parseEither(row.count());
        if (!row.value().isEmpty() && value.isEmpty()) {
            problems.add(Reason.of("refuse.value-unreadable", "value", row.value()));
        }
        if (!row.count().isEmpty() && (count.isEmpty() || count.get().stripTrailingZeros().scale() > 0
                || count.get().abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0)) {
            problems.add(Reason.of("refuse.value-unreadable", "count", row.count()));
        }
        if (row.value().isEmpty() == row.count().isEmpty()) {
            problems.add(Reason.of("refuse.value-or-count"));
        }
        FigureStatus status = switch (row.status().toLowerCase(Locale.ROOT).strip()) {
            case "definitief", "final" -> FigureStatus.FINAL;
            case "voorlopig", "nader voorlopig", "provisional" -> FigureStatus.PROVISIONAL;
            default -> null;
        };
        if (status == null) {
            problems.add(Reason.of("refuse.status", row.status()));
        }
        if (!problems.isEmpty()) {
            problems.forEach(problem -> row(row.line(), Outcome.REFUSED, target, row.area(), shownYear, problem));
            return;
        }
        add(new Candidate(file, row.line(), series.get(), area.get(), year, value.orElse(null),
                count.map(BigDecimal::longValueExact).orElse(null), status, row.source(), null, true));
    }

    /**
     * The series a template row names, looked up once per id pair (at most {@link #SERIES_CACHE} pairs are
     * remembered, so a file of a million invented ids cannot grow the cache without bound).
     */
    private Optional<SeriesTarget> series(String indicatorId, String seriesId) {
        String key = indicatorId + "/" + seriesId;
        Optional<SeriesTarget> known = seriesCache.get(key);
        if (known != null) {
            return known;
        }
        Optional<SeriesTarget> found = catalogue.indicator(indicatorId).flatMap(entry -> entry.indicator().series()
                .stream().filter(candidate -> candidate.id().equals(seriesId)).findFirst()
                .map(series -> new SeriesTarget(entry.themeId(), indicatorId, seriesId, series.unit())));
        if (seriesCache.size() < SERIES_CACHE) {
            seriesCache.put(key, found);
        }
        return found;
    }

    @Override
    public void problem(long position, Reason reason) {
        counted();
        row(position, Outcome.REFUSED, "", "", 0, reason);
    }

    private void counted() {
        if (++records % 10_000 == 0) {
            progress.update(Progress.Phase.READING, records, 0);
        }
    }

    private void add(Candidate candidate) {
        if (candidates.size() >= MAX_FIGURES) {
            throw new TooManyFiguresException();
        }
        candidates.add(candidate);
    }

    private void row(long position, Outcome outcome, String target, String area, int year, Reason reason) {
        rows.accept(new ImportRow(file, position, outcome, target, area, year, null, null, reason));
    }

    /** More figures than {@link #MAX_FIGURES} in one import. */
    static final class TooManyFiguresException extends RuntimeException {
        TooManyFiguresException() {
            super("more than " + MAX_FIGURES + " figures in one import");
        }
    }
}
