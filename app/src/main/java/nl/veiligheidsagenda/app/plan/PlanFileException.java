package nl.veiligheidsagenda.app.plan;

import java.nio.file.Path;
import java.util.List;

/** A plan description file that cannot be used; the message names the file and every problem with its place. */
public final class PlanFileException extends RuntimeException {

    private final List<String> problems;

    PlanFileException(Path file, List<String> problems) {
        super(file + ": " + (problems.size() == 1 ? problems.getFirst()
                : problems.size() + " problems:\n  - " + String.join("\n  - ", problems)));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
