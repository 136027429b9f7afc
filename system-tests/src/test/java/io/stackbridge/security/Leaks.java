package io.stackbridge.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The one home of the secret searches: what a run left behind (log files, bundles, journal, error
 * bodies, console output), gathered as named texts, then searched for each secret the run used, any
 * JSON Web Token and any private key.
 */
public final class Leaks {

    /** A compact JWS whose header and payload are JSON objects: an access token, a client assertion or an activation key. */
    public static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.eyJ[A-Za-z0-9_-]*");
    /** Any PEM private key block (PKCS#8, RSA, EC, encrypted). */
    public static final Pattern PRIVATE_KEY = Pattern.compile("PRIVATE KEY");

    private Leaks() {
    }

    /** What was found where: each secret (by its position in {@code secrets}, never by its value), JWT or private key, in each text. */
    public static List<String> in(Map<String, String> texts, Collection<String> secrets) {
        List<String> found = new ArrayList<>();
        List<String> values = List.copyOf(secrets);
        texts.forEach((name, text) -> {
            for (int i = 0; i < values.size(); i++) {
                if (!values.get(i).isEmpty() && text.contains(values.get(i))) {
                    found.add("secret #" + i + " (" + values.get(i).length() + " characters) in " + name);
                }
            }
            Matcher jwt = JWT.matcher(text);
            if (jwt.find()) {
                found.add("a JSON Web Token (" + jwt.group().substring(0, Math.min(12, jwt.group().length())) + "…) in " + name);
            }
            if (PRIVATE_KEY.matcher(text).find()) {
                found.add("a private key in " + name);
            }
        });
        return found;
    }

    /** Every regular file under {@code directory}, by its path (none when the directory does not exist). */
    public static Map<String, String> files(Path directory) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (!Files.isDirectory(directory)) {
            return texts;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return texts;
    }

    /** Each entry of a ZIP (a support bundle), by its name. */
    public static Map<String, String> unzip(byte[] zip) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return entries;
    }

    /** The lines of a PEM private key's body: any of them in a text would be a leak even without the BEGIN line. */
    public static List<String> privateKeyLines(String pem) {
        String key = pem.substring(pem.indexOf("-----BEGIN PRIVATE KEY-----"), pem.indexOf("-----END PRIVATE KEY-----"));
        return key.lines().filter(line -> !line.startsWith("-----") && line.length() >= 16).toList();
    }
}
