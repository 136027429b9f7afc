package io.stackbridge.domain.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short names derived from content: the first bytes of a text's SHA-256, in lower-case hexadecimal. */
public final class Digests {

    private Digests() {
    }

    /** The first {@code bytes} bytes of the SHA-256 of {@code text} (UTF-8), as {@code 2 × bytes} hex digits. */
    public static String sha256Hex(String text, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
