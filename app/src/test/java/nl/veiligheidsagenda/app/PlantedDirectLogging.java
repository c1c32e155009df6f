package nl.veiligheidsagenda.app;

import org.slf4j.LoggerFactory;

/** A planted violation for {@code LoggingArchitectureTest}: app code that logs without escaping. */
public final class PlantedDirectLogging {

    void log(String userName) {
        LoggerFactory.getLogger(PlantedDirectLogging.class).info("signed in: {}", userName);
    }
}
