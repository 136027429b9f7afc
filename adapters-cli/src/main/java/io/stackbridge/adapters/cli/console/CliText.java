package io.stackbridge.adapters.cli.console;

import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.text.MessageBundle;
import io.vavr.collection.List;

import java.util.ResourceBundle;

/**
 * The program's own sentences ({@code messages_en.properties}, {@code messages_fr.properties} beside
 * this class), with placeholders filled; domain values such as violations are shown through the
 * domain's {@link MessageBundle} in the same language.
 */
public final class CliText {

    private static final String BASE_NAME = "io.stackbridge.adapters.cli.console.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private CliText(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BASE_NAME, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static CliText english() {
        return new CliText(Language.EN);
    }

    public static CliText in(Language language) {
        return new CliText(language);
    }

    /** The sentence under {@code key} with {@code arguments} in its placeholders. */
    public String format(String key, Object... arguments) {
        return MessageBundle.fill(language, bundle.getString(key), List.of(arguments));
    }

    /** The raw pattern under {@code key}, placeholders unfilled. */
    public String pattern(String key) {
        return bundle.getString(key);
    }

    /** Every key of this language's sentences. */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
