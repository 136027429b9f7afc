package io.stackbridge.adapters.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What {@code stackbridge --version} shows: the project's version, filtered into {@code version.properties} at build time. */
public final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[]{"stackbridge " + current()};
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
