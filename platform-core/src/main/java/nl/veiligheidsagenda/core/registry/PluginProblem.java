package nl.veiligheidsagenda.core.registry;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One reason why a plugin is refused. The message is rendered from the core's resource bundle, Dutch by default.
 *
 * @param kind      what is wrong
 * @param arguments the values the message names (plugin id, element id, versions, …)
 */
public record PluginProblem(Kind kind, List<String> arguments) {

    public enum Kind {
        DESCRIPTOR_FAILED,
        DESCRIPTOR_INVALID,
        UNSUPPORTED_RANGE,
        NEEDS_NEWER_CORE,
        NEEDS_OLDER_CORE,
        DUPLICATE_ID,
        CATALOGUE_FAILED,
        CATALOGUE_INVALID,
        PROVIDER_FAILED,
        MODULE_UNREADABLE,
        NO_PLUGIN,
        MORE_THAN_ONE_PLUGIN,
        CORE_COPY,
        DUPLICATE_MODULE,
        MODULE_MISSING,
        SPLIT_PACKAGE,
        MODULE_UNRESOLVED
    }

    public PluginProblem {
        arguments = List.copyOf(arguments);
    }

    static PluginProblem of(Kind kind, Object... arguments) {
        return new PluginProblem(kind, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The message in Dutch. */
    public String message() {
        return message(Locale.of("nl"));
    }

    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("nl.veiligheidsagenda.core.registry.messages", locale);
        Object[] values = arguments.toArray();
        if (kind == Kind.CATALOGUE_INVALID) {
            // arguments: theme id, element id, rule key, rule arguments…
            String rule = new MessageFormat(bundle.getString("rule." + arguments.get(2)), locale)
                    .format(arguments.subList(3, arguments.size()).toArray());
            values = new Object[] {arguments.get(0), arguments.get(1), rule};
        }
        return new MessageFormat(bundle.getString("problem." + kind.name()), locale).format(values);
    }

    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
