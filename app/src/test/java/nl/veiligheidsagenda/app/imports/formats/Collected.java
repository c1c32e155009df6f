package nl.veiligheidsagenda.app.imports.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a reader found in a file, collected for assertions. */
final class Collected implements RecordHandler {

    final List<Observation> observations = new ArrayList<>();
    final List<TemplateRow> rows = new ArrayList<>();
    final List<Map.Entry<Long, Reason>> problems = new ArrayList<>();
    FileFormat format;

    static Collected read(Path file) throws Exception {
        Collected collected = new Collected();
        collected.format = FileReader.read(file, file.getFileName().toString(), collected);
        return collected;
    }

    static Path fixture(String name) throws Exception {
        return Path.of(Collected.class.getResource("/nl/veiligheidsagenda/app/imports/fixtures/" + name).toURI());
    }

    @Override
    public void observation(Observation observation) {
        observations.add(observation);
    }

    @Override
    public void templateRow(TemplateRow row) {
        rows.add(row);
    }

    @Override
    public void problem(long position, Reason reason) {
        problems.add(Map.entry(position, reason));
    }
}
