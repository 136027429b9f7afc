package io.stackbridge.adapters.fakeazure.token;

import io.vavr.control.Option;

import java.util.Base64;

/** Base64 as stamps and scripts write it: standard or URL-safe alphabet, padded or not, possibly wrapped. */
final class LenientBase64 {

    private LenientBase64() {
    }

    static Option<byte[]> decode(String text) {
        String standard = text.replaceAll("\\s", "").replace('-', '+').replace('_', '/');
        String unpadded = standard.replaceAll("=+$", "");
        if (unpadded.isEmpty() || unpadded.length() % 4 == 1) {
            return Option.none();
        }
        String padded = unpadded + "=".repeat((4 - unpadded.length() % 4) % 4);
        try {
            return Option.some(Base64.getDecoder().decode(padded));
        } catch (IllegalArgumentException notBase64) {
            return Option.none();
        }
    }
}
