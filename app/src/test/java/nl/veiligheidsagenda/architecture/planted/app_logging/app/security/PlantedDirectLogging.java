package nl.veiligheidsagenda.architecture.planted.app_logging.app.security;

import org.slf4j.LoggerFactory;

/** Planted violation: app code that logs without escaping. */
public final class PlantedDirectLogging {

    void log(String userName) {
        LoggerFactory.getLogger(PlantedDirectLogging.class).info("signed in: {}", userName);
    }
}
