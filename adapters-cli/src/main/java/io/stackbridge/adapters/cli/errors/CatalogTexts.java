package io.stackbridge.adapters.cli.errors;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.domain.error.Category;
import io.stackbridge.domain.error.ErrorCode;
import io.vavr.collection.List;

import java.util.Locale;

/** How the catalog names a category, a recovery and an HTTP status, in the language of the given texts. */
public final class CatalogTexts {

    private CatalogTexts() {
    }

    /** The categories as {@code --category} reads them: lower case, hyphens between words. */
    static String categoryNames() {
        return List.of(Category.values()).map(CatalogTexts::typed).mkString(", ");
    }

    static String typed(Category category) {
        return category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The code's category as errors explain names it (Azure Bridge, Identity…); the portal titles an error with it. */
    public static String category(CliText text, ErrorCode code) {
        return text.format("errors.category." + code.category().name());
    }

    static String recovery(CliText text, ErrorCode code) {
        return text.format("errors.recovery." + code.recovery().name());
    }

    /** The recovery in a word or two, for a table. */
    static String recoveryShort(CliText text, ErrorCode code) {
        return text.format("errors.recovery.short." + code.recovery().name());
    }

    /** The status, or a dash for the bridge's own classifications, for a table. */
    static String httpStatusShort(ErrorCode code) {
        return code.httpStatus().map(String::valueOf).getOrElse("-");
    }

    static String httpStatus(CliText text, ErrorCode code) {
        return code.httpStatus().map(String::valueOf).getOrElse(() -> text.format("errors.http.none"));
    }
}
