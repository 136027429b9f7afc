package io.stackbridge.domain.fuzz;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Near-valid inputs: a corpus entry changed in one to four places (a range deleted, duplicated or
 * truncated, a character replaced, case swapped, a number or a JSON, URL or header token inserted,
 * a splice with another entry, a number or a quoted value replaced with an awkward one). Random text
 * alone never gets past a parser's first check.
 */
public final class Mutations {

    private static final List<String> TOKENS = List.of("{", "}", "[", "]", "\"", ":", ",", "null", "true", "false", "0", "-1",
            "-0", "1e309", "-1e-400", "99999999999999999999", "9223372036854775808", "1.50", "0x1F", "NaN", "\\", "\\u0000",
            "\\ud800", "\u0000", "\ud800", "\uffff", "é", "\ud835\udd4f", " ", "\t", "\n", "\r\n", "=", "==", "&", "%", "%zz",
            "%2", "%00", "+", "/", "//", "..", "../", ";", "*", ";q=", ";q=0.5", ";q=2", ",", "-", "_", ".", "(", ")", "$comment",
            "T", "Z", "+14:00", "2026-02-30", "9999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "00000000-0000-0000-0000-000000000000");

    /** What a number or a quoted value of a JSON document is replaced with. */
    private static final List<String> VALUES = List.of("1e400000000", "1e-400000000", "-1", "0", "0.0000000000000000000001",
            "9223372036854775807", "9223372036854775808", "1.5", "-0.0", "\"\"", "\" \"", "null", "true", "{}", "[]", "[{}]",
            "{\"$comment\":1}", "\"\\ud800\"", "\"é\"", "\"" + "x".repeat(5000) + "\"", "\"2026-13-01T00:00:00Z\"",
            "\"+999999999-12-31T23:59:59Z\"", "\"2026-01-01T10:00:00+14:00\"");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"");

    private Mutations() {
    }

    /** {@code input} changed in one to four places, drawn from {@code random}; {@code others} feed the splices. */
    public static String of(String input, Random random, List<String> others) {
        String out = input;
        for (int steps = 1 + random.nextInt(4); steps > 0; steps--) {
            out = once(out, random, others);
        }
        return out;
    }

    private static String once(String s, Random random, List<String> others) {
        int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
        int end = Math.min(s.length(), at + 1 + random.nextInt(8));
        switch (random.nextInt(12)) {
            case 10: return replaceOne(s, NUMBER, random);
            case 11: return replaceOne(s, QUOTED, random);
            case 0: return s.substring(0, at) + s.substring(end);
            case 1: return s.substring(0, at) + token(random) + s.substring(at);
            case 2: return at >= s.length() ? s + character(random) : s.substring(0, at) + character(random) + s.substring(at + 1);
            case 3: return s.substring(0, at) + s.substring(at, end).repeat(2 + random.nextInt(random.nextInt(10) == 0 ? 3000 : 4))
                    + s.substring(end);
            case 4: return splice(s, at, others.get(random.nextInt(others.size())), random);
            case 5: return s.substring(0, at);
            case 6: return s.substring(0, at) + swapCase(s.substring(at, end)) + s.substring(end);
            case 7: return s.replaceFirst("\\d+", random.nextBoolean() ? "99999999999999999999999" : String.valueOf(random.nextInt()));
            case 8: return s.substring(0, at) + "[".repeat(random.nextInt(3000)) + s.substring(at);
            default: return s.substring(0, at) + token(random) + token(random) + s.substring(end);
        }
    }

    /** One match of {@code pattern}, drawn at random, replaced with one of {@link #VALUES}. */
    private static String replaceOne(String s, Pattern pattern, Random random) {
        java.util.List<int[]> found = new java.util.ArrayList<>();
        Matcher matcher = pattern.matcher(s);
        while (matcher.find()) {
            found.add(new int[] {matcher.start(), matcher.end()});
        }
        if (found.isEmpty()) {
            return s + VALUES.get(random.nextInt(VALUES.size()));
        }
        int[] at = found.get(random.nextInt(found.size()));
        return s.substring(0, at[0]) + VALUES.get(random.nextInt(VALUES.size())) + s.substring(at[1]);
    }

    private static String token(Random random) {
        return TOKENS.get(random.nextInt(TOKENS.size()));
    }

    private static String character(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> String.valueOf((char) (0x20 + random.nextInt(0x5f)));
            case 1 -> String.valueOf((char) random.nextInt(0x10000));
            default -> Character.toString(random.nextInt(0x110000));
        };
    }

    private static String splice(String s, int at, String other, Random random) {
        int from = other.isEmpty() ? 0 : random.nextInt(other.length() + 1);
        return s.substring(0, at) + other.substring(from);
    }

    private static String swapCase(String s) {
        StringBuilder swapped = new StringBuilder(s.length());
        s.chars().forEach(c -> swapped.append((char) (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c))));
        return swapped.toString();
    }
}
