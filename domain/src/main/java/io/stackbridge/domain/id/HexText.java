package io.stackbridge.domain.id;

/**
 * The hexadecimal forms of GUIDs and meter IDs, checked character by character (they are read by the
 * million from pushed usage, where a regular expression cost more than the rest of the check), and
 * the case-blind hash of such text.
 */
final class HexText {

    private static final int GUID_LENGTH = 36;
    private static final int PLAIN_LENGTH = 32;

    private HexText() {
    }

    /** {@code 8-4-4-4-12} hexadecimal digits, in either case. */
    static boolean isGuid(String text) {
        if (text == null || text.length() != GUID_LENGTH) {
            return false;
        }
        for (int i = 0; i < GUID_LENGTH; i++) {
            char c = text.charAt(i);
            boolean dashed = i == 8 || i == 13 || i == 18 || i == 23;
            if (dashed ? c != '-' : !isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** 32 hexadecimal digits without dashes, in either case. */
    static boolean isPlain(String text) {
        if (text == null || text.length() != PLAIN_LENGTH) {
            return false;
        }
        for (int i = 0; i < PLAIN_LENGTH; i++) {
            if (!isHexDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The {@link String#hashCode} of the text in lower case, dashes left out when {@code skipDashes}:
     * for hexadecimal text, only ASCII letters change case.
     */
    static int lowerCaseHash(String text, boolean skipDashes) {
        int hash = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (skipDashes && c == '-') {
                continue;
            }
            hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return hash;
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
