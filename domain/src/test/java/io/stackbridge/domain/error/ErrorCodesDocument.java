package io.stackbridge.domain.error;

import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.text.MessageBundle;
import io.vavr.collection.List;

import java.util.Locale;

/** Renders {@code docs/error-codes.md} from the catalog and the English bundle. */
final class ErrorCodesDocument {

    private ErrorCodesDocument() {
    }

    static String render() {
        StringBuilder doc = new StringBuilder()
                .append("# Error codes\n\n")
                .append("<!-- Generated from ErrorCode and messages_en.properties by ErrorCodesDocumentTest; do not edit by hand.\n")
                .append("     Regenerate with: ./mvnw -pl domain test -Dtest=ErrorCodesDocumentTest -Dstackbridge.regenerateDocs=true -->\n\n")
                .append("Every code StackBridge produces, one row each. Codes are spelled as on the wire and never translated; ")
                .append("messages and remediation exist in English and French (`Accept-Language: fr` on the emulator). ")
                .append("Values in angle brackets are filled in from the failing request.\n\n")
                .append("The same catalog is at hand in the terminal, in English or French, as a table or as JSON: ")
                .append("`stackbridge errors list [--category CATEGORY]` lists the codes, and `stackbridge errors explain CODE` ")
                .append("tells one in full (its message with the values named, what to do, and the fault preset or lab that ")
                .append("reproduces it). See [the catalog in docs/cli.md](cli.md#the-catalog-errors).\n\n")
                .append("| Code | Category | HTTP status | Retryable | Remediation (English) |\n")
                .append("|---|---|---|---|---|\n");
        for (ErrorCode code : ErrorCode.values()) {
            doc.append("| `").append(code.name()).append("` | ")
                    .append(category(code.category())).append(" | ")
                    .append(code.httpStatus().map(String::valueOf).getOrElse("—")).append(" | ")
                    .append(code.retryable() ? "yes" : "no").append(" | ")
                    .append(escape(remediationWithNames(code))).append(" |\n");
        }
        return doc.toString();
    }

    private static String remediationWithNames(ErrorCode code) {
        List<Object> names = code.placeholders().map(name -> "<" + name + ">");
        return MessageBundle.format(Language.EN, ErrorMessages.remediationKey(code), names);
    }

    private static String category(Category category) {
        String words = category.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return category == Category.ARM || category == Category.USAGE_API
                ? words.replace("arm", "ARM").replace("api", "API")
                : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }
}
