package nl.veiligheidsagenda.app.imports.formats;

import java.util.Arrays;
import java.util.List;

/**
 * Why a file, a record or a figure is refused or skipped: a key of the {@code vaadin-i18n/imports} bundle and its
 * arguments, rendered in the reader's language where it is shown. Arguments are plain text taken from the file and
 * must be escaped by whatever shows them.
 */
public record Reason(String key, List<String> arguments) {

    public Reason {
        arguments = List.copyOf(arguments);
    }

    public static Reason of(String key, Object... arguments) {
        return new Reason(key, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
