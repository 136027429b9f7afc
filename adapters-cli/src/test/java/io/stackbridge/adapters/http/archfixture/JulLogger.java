package io.stackbridge.adapters.http.archfixture;

import java.util.logging.Logger;

/** Breaks rule j: logs through java.util.logging. */
public final class JulLogger {

    private static final Logger LOG = Logger.getLogger(JulLogger.class.getName());

    public void log(String line) {
        LOG.info(line);
    }
}
