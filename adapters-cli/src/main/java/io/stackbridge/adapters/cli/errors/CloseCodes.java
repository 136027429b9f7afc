package io.stackbridge.adapters.cli.errors;

import io.stackbridge.domain.error.ErrorCode;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Locale;

/** A code read in any case, and, for a name that is no code, the codes it is closest to. */
final class CloseCodes {

    private static final int MOST = 3;

    private CloseCodes() {
    }

    static Option<ErrorCode> named(String text) {
        return List.of(ErrorCode.values()).find(code -> code.name().equalsIgnoreCase(text.trim()));
    }

    /** At most three codes that contain the text, or are a few edits away from it, nearest first. */
    static List<ErrorCode> near(String text) {
        String typed = text.trim().toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, typed.length() / 3);
        return List.of(ErrorCode.values())
                .map(code -> new Distance(code, distance(typed, code.name().toLowerCase(Locale.ROOT))))
                .filter(near -> near.edits() <= allowed || !typed.isEmpty() && near.code().name().toLowerCase(Locale.ROOT).contains(typed))
                .sortBy(Distance::edits)
                .take(MOST)
                .map(Distance::code);
    }

    private record Distance(ErrorCode code, int edits) {
    }

    /** Levenshtein distance: the fewest single-letter insertions, deletions or substitutions from one to the other. */
    static int distance(String from, String to) {
        int[] previous = new int[to.length() + 1];
        for (int j = 0; j <= to.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= from.length(); i++) {
            int[] current = new int[to.length() + 1];
            current[0] = i;
            for (int j = 1; j <= to.length(); j++) {
                int substitution = previous[j - 1] + (from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[to.length()];
    }
}
