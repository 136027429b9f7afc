package io.stackbridge.adapters.http.server.hostile;

import java.util.List;
import java.util.Random;

/** The spoilt pieces the hostile requests are made of: bad GUIDs and names, odd Unicode, broken percent-encoding, traversals, bad JSON. */
final class Oddities {

    /** Never a GUID in the 8-4-4-4-12 form. */
    static final List<String> BAD_GUIDS = List.of("not-a-guid", "aaaaaaaa-0002-4000-8000-00000000000", "aaaaaaaa-0002-4000-8000-0000000000011",
            "gggggggg-0002-4000-8000-000000000001", "%7Baaaaaaaa-0002-4000-8000-000000000001%7D", "aaaaaaaa000240008000000000000001",
            "%D9%A0%D9%A0%D9%A0%D9%A0%D9%A0%D9%A0%D9%A0%D9%A0-0002-4000-8000-000000000001", "%EF%BD%81aaaaaaa-0002-4000-8000-000000000001",
            "%20aaaaaaaa-0002-4000-8000-000000000001", "aaaaaaaa-0002-4000-8000-000000000001%00", "-", "0", "null", "undefined",
            "aaaaaaaa-0002-4000-8000-000000000001x", "aaaaaaaa_0002_4000_8000_000000000001", "%E2%80%AEaaaaaaaa-0002-4000-8000-000000000001");

    /** Percent-encoded code points that are neither letters nor digits, so no name may hold them. */
    static final List<String> ODD_UNICODE = List.of("%00", "%ED%A0%80", "%ED%BF%BF", "%C0%AE", "%C0%AF", "%E0%80%AE", "%E2%80%AE",
            "%E2%80%8F", "%EF%BB%BF", "%E2%80%8B", "%F0%9F%98%80", "%FF", "%FE%FF", "%C3", "%E2%80", "%F4%90%80%80", "%01", "%7F",
            "%E2%80%A8", "%CC%81", "%EF%BF%BD", "%EF%BF%BF");

    /** The same oddities as raw bytes in the request line, which the JDK client would refuse to send. */
    static final List<byte[]> RAW_BYTES = List.of(new byte[]{0}, new byte[]{(byte) 0xC0, (byte) 0xAE}, new byte[]{(byte) 0xED, (byte) 0xA0,
            (byte) 0x80}, new byte[]{(byte) 0xE2, (byte) 0x80, (byte) 0xAE}, new byte[]{(byte) 0xFF}, new byte[]{(byte) 0x80},
            new byte[]{'\t'}, new byte[]{0x7F}, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[]{'"'}, new byte[]{'<'},
            new byte[]{'\\'}, new byte[]{'{'}, new byte[]{'|'}, new byte[]{'^'}, new byte[]{'`'});

    static final List<String> BROKEN_PERCENT = List.of("%zz", "%", "%2", "%g0", "%u002e", "%%", "%2F", "%2f", "%252e", "%252F", "%5C",
            "%3B", "%23", "%3F", "%0D%0A", "%0A", "%20", "%2e%2", "%E2%82");

    /** Replacements of one path segment that climb or smuggle a separator. */
    static final List<String> TRAVERSALS = List.of("%2e%2e", "%2E%2E", ".%2e", "%2e.", "..%2f", "..%2F", "%2e%2e%2f", "..%5c", "..\\",
            "..;", "..;x", "%252e%252e", "%c0%ae%c0%ae", "..%00", "%2e%2e%5c", "%u002e%u002e", ".%00.");

    static final String DEEP = "[".repeat(3_000) + "]".repeat(3_000);

    /** Bodies that are not one JSON object: no route that reads a JSON object accepts them. */
    static final List<String> MALFORMED_JSON = List.of("", "{", "}", "{\"location\":}", "nul", "[", "{\"a\":1,}", "'x'", "{} x", "\uFEFF{",
            "{\"location\":\"global\"", "{\"location\":\"global\",,}", "[]", "null", "0", "\"text\"", "true",
            "{\"location\":" + DEEP + "}", DEEP, "{\"a\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_001), "{\"location\":\"\\u0000\"",
            "{\"location\":\"glo\\ubal\"}", "/* */ {}", "{\"location\":\"global\"}garbage", "{}{}", "\u0000", "{\"a\":1}\u0000");

    /** Well-formed objects a registration or resource group PUT refuses: no location, or one of the wrong type. */
    static final List<String> WRONG_LOCATIONS = List.of("{}", "{\"location\":[]}", "{\"location\":42}", "{\"location\":{}}",
            "{\"location\":null}", "{\"properties\":[]}", "{\"location\":" + "[".repeat(500) + "]".repeat(500) + "}");

    /** Registration bodies whose registration token is of the wrong type or not a token at all. */
    static final List<String> WRONG_TOKENS = List.of("{\"location\":\"global\",\"properties\":[]}",
            "{\"location\":\"global\",\"properties\":{\"registrationToken\":123}}",
            "{\"location\":\"global\",\"properties\":{\"registrationToken\":\"!!not base64!!\"}}",
            "{\"location\":\"global\",\"properties\":{\"registrationToken\":\"\\uD800\"}}",
            "{\"location\":\"global\",\"properties\":{\"registrationToken\":\"e30=\"}}");

    /** Bodies whose bytes are not UTF-8 text at all. */
    static final List<byte[]> BAD_BYTES = List.of(new byte[]{'{', '"', 'l', '"', ':', '"', (byte) 0xC0, (byte) 0xAE, '"', '}'},
            new byte[]{'{', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', ':', '1', '}'}, new byte[]{(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0},
            new byte[]{'{', 0, 0, 0, '}'}, new byte[]{(byte) 0x80, (byte) 0x80, (byte) 0x80});

    static final List<String> BAD_CONTENT_TYPES = List.of("text/plain", "application/xml", "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded", ";;;", "application/jsonp", "text/json", "application/octet-stream", "json",
            "application/", "*/*", "application/json-patch", "text/html; charset=utf-8", "image/png");

    static final List<String> ODD_METHODS = List.of("OPTIONS", "TRACE", "FOO", "BREW", "PROPFIND", "MKCOL", "LOCK", "X", "SEARCH",
            "PURGE", "LINK", "get", "Put");

    private Oddities() {
    }

    static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** A name that breaks ARM's naming rules: too long, a forbidden character, an odd code point. */
    static String badName(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "n".repeat(91 + random.nextInt(200));
            case 1 -> "bad" + pick(random, List.of("%3C", "%3E", "*", "%25", "&", ":", "%3F", "%2B", "@", "!", "$", "'", ",", "=",
                    "~")) + "name";
            case 2 -> "odd" + pick(random, ODD_UNICODE) + "name";
            case 3 -> pick(random, ODD_UNICODE);
            default -> "%20";
        };
    }
}
