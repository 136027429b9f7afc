package io.stackbridge.adapters.sqlite.schema;

import java.util.Locale;

/**
 * Where a script stands on the way to the end of its current statement, the way SQLite's own
 * {@code sqlite3_complete} decides it: a {@code ;} ends a statement, except inside the body of a
 * {@code CREATE [TEMP] TRIGGER}, whose statements end with {@code ;} too: there only {@code END;}
 * right after one of them ends the trigger. Comments and blanks are no tokens; a quoted literal or
 * name is a token of its own (so a {@code ;} or an {@code END} in quotes ends nothing).
 */
enum StatementEnd {
    /** Nothing of the statement read yet. */
    START,
    /** In a statement that ends at the next {@code ;}. */
    NORMAL,
    /** After {@code CREATE} (and maybe {@code TEMP}) opening the statement. */
    CREATE,
    /** In a trigger: its header or a statement of its body. */
    TRIGGER,
    /** In a trigger, right after a {@code ;} of its body. */
    BODY_SEMICOLON,
    /** In a trigger, after {@code END} right after a {@code ;}: the next {@code ;} ends the trigger. */
    BODY_END,
    /** The {@code ;} just read ended the statement. */
    COMPLETE;

    /** The state after a {@code ;}. */
    StatementEnd semicolon() {
        return switch (this) {
            case TRIGGER, BODY_SEMICOLON -> BODY_SEMICOLON;
            default -> COMPLETE;
        };
    }

    /** The state after a word (a keyword or a name not in quotes). */
    StatementEnd word(String word) {
        String keyword = word.toUpperCase(Locale.ROOT);
        return switch (this) {
            case START, COMPLETE -> keyword.equals("CREATE") ? CREATE : NORMAL;
            case CREATE -> switch (keyword) {
                case "TEMP", "TEMPORARY" -> CREATE;
                case "TRIGGER" -> TRIGGER;
                default -> NORMAL;
            };
            case BODY_SEMICOLON -> keyword.equals("END") ? BODY_END : TRIGGER;
            case BODY_END -> TRIGGER;
            default -> this;
        };
    }

    /** The state after any other token: a literal, a quoted name, an operator. */
    StatementEnd other() {
        return switch (this) {
            case START, COMPLETE, CREATE -> NORMAL;
            case BODY_SEMICOLON, BODY_END -> TRIGGER;
            default -> this;
        };
    }
}
