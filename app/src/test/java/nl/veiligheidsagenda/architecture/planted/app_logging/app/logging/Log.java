package nl.veiligheidsagenda.architecture.planted.app_logging.app.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Planted: the one class that may hold SLF4J's logger (it escapes every value). */
public final class Log {

    private final Logger logger = LoggerFactory.getLogger("planted");

    public void info(String value) {
        logger.info("{}", value.replace('\n', '_'));
    }
}
