package io.stackbridge.adapters.support.logs;

import java.util.regex.Pattern;

/**
 * Masks what looks like a secret before a line is written or collected: JSON Web Tokens (access
 * tokens, client assertions, signed activation keys), {@code Bearer} values, {@code name=value} and
 * {@code "name":"value"} pairs whose name says secret, token, assertion, key or password, and long
 * unbroken base64 runs (registration tokens, activation keys, PEM bodies). GUIDs, codes, instants and
 * URLs stay readable.
 */
public final class Redaction {

    /** What a masked value reads as. */
    public static final String MASK = "***";

    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]*){0,2}");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer)\\s+[^\\s\"',;]+");
    private static final Pattern NAMED = Pattern.compile(
            "(?i)([\"']?[a-z_.-]*(?:secret|token|assertion|password|activation[_-]?key|private[_-]?key)[\"']?\\s*[=:]\\s*[\"']?)"
                    + "[^\\s\"'&,;}]+");
    private static final Pattern LONG_RUN = Pattern.compile("[A-Za-z0-9+/_]{40,}={0,2}");

    private Redaction() {
    }

    public static String mask(String text) {
        String masked = JWT.matcher(text).replaceAll(MASK);
        masked = BEARER.matcher(masked).replaceAll("$1 " + MASK);
        masked = NAMED.matcher(masked).replaceAll("$1" + MASK);
        return LONG_RUN.matcher(masked).replaceAll(MASK);
    }
}
