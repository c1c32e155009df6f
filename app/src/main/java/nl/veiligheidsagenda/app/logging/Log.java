package nl.veiligheidsagenda.app.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's only way to write to the log: an SLF4J logger whose every argument is escaped with
 * {@link LogText} (a throwable keeps its stack trace, its messages are escaped too). A value from a request can
 * therefore never forge a log line, whatever the log statement. {@code LoggingArchitectureTest} keeps app code off
 * SLF4J's logger.
 */
public final class Log {

    private final Logger logger;

    private Log(Logger logger) {
        this.logger = logger;
    }

    public static Log of(Class<?> type) {
        return new Log(LoggerFactory.getLogger(type));
    }

    public static Log named(String name) {
        return new Log(LoggerFactory.getLogger(name));
    }

    public void info(String format, Object... arguments) {
        if (logger.isInfoEnabled()) {
            logger.info(format, escaped(arguments));
        }
    }

    public void warn(String format, Object... arguments) {
        if (logger.isWarnEnabled()) {
            logger.warn(format, escaped(arguments));
        }
    }

    public void error(String format, Object... arguments) {
        if (logger.isErrorEnabled()) {
            logger.error(format, escaped(arguments));
        }
    }

    public void debug(String format, Object... arguments) {
        if (logger.isDebugEnabled()) {
            logger.debug(format, escaped(arguments));
        }
    }

    /** Escaped arguments; a throwable stays a throwable (last argument: SLF4J prints its stack trace). */
    static Object[] escaped(Object... arguments) {
        Object[] escaped = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            escaped[i] = argument instanceof Throwable error ? EscapedThrowable.of(error) : LogText.escape(argument);
        }
        return escaped;
    }
}
