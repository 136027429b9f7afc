package io.stackbridge.adapters.cli.console;

import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.text.MessageBundle;
import io.vavr.collection.List;

import java.util.Locale;
import java.util.ResourceBundle;

/** Every sentence of the product's bundles (the domain's, the program's, and the French help), by language. */
record BundleTexts(String bundle, String key, String pattern, Language language) {

    static final String HELP = "io.stackbridge.adapters.cli.console.help";

    static List<BundleTexts> all(Language language) {
        CliText cli = CliText.in(language);
        return List.ofAll(MessageBundle.keys(language)).sorted()
                .map(key -> new BundleTexts("domain", key, MessageBundle.pattern(language, key).get(), language))
                .appendAll(List.ofAll(cli.keys()).sorted().map(key -> new BundleTexts("cli", key, cli.pattern(key), language)));
    }

    static List<BundleTexts> french() {
        ResourceBundle help = ResourceBundle.getBundle(HELP, Locale.FRENCH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return all(Language.FR).appendAll(List.ofAll(help.keySet()).sorted()
                .map(key -> new BundleTexts("help", key, help.getString(key), Language.FR)));
    }

    /** The sentence with {@code arguments} in its placeholders, as the program fills it. */
    String fill(List<Object> arguments) {
        return MessageBundle.fill(language, pattern, arguments);
    }

    @Override
    public String toString() {
        return bundle + " " + language + " " + key + " = " + pattern;
    }
}
