package io.stackbridge.domain.marketplace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The bytes of a simulated package file: the same for the same product and path on every run,
 * readable from any offset (a download resumes), each 8-byte word a SplitMix64 mix of the file's
 * seed and the word's index. Its digest is the MD5 of the whole file in Base64, as Azure Blob
 * Storage reports {@code Content-MD5}.
 */
public final class PackageContent {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final int BLOCK = 65_536;

    private PackageContent() {
    }

    /** {@code length} bytes of the file from {@code offset}. */
    public static byte[] bytes(String product, PackageFile file, long offset, int length) {
        if (offset < 0 || length < 0 || offset + length > file.length()) {
            throw new IllegalArgumentException("outside " + file + ": " + offset + "+" + length);
        }
        long seed = seed(product, file.path());
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            long position = offset + i;
            out[i] = (byte) (mix(seed + (position >>> 3) * GOLDEN) >>> ((position & 7) * 8));
        }
        return out;
    }

    /** The MD5 of the whole file, Base64. */
    public static String md5(String product, PackageFile file) {
        MessageDigest digest = md5();
        for (long at = 0; at < file.length(); at += BLOCK) {
            digest.update(bytes(product, file, at, (int) Math.min(BLOCK, file.length() - at)));
        }
        return Base64.getEncoder().encodeToString(digest.digest());
    }

    public static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has MD5", missing);
        }
    }

    private static long seed(String product, String path) {
        long seed = 1125899906842597L;
        for (byte b : (product.toLowerCase(java.util.Locale.ROOT) + "/" + path).getBytes(StandardCharsets.UTF_8)) {
            seed = 31 * seed + b;
        }
        return mix(seed);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
