package io.stackbridge.domain.text;

import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The product's sentences, in {@code messages_en.properties} and {@code messages_fr.properties}.
 * Arguments are shown as written ({@code toString()}, no number grouping), but a count reaches its
 * {@code choice} as a number, so plurals agree with it; a {@link Localizable}
 * argument is rendered in the same language, and a list of arguments is joined with "; ".
 */
public final class MessageBundle {

    private static final String BASE_NAME = "io.stackbridge.domain.messages";
    private static final Map<Language, ResourceBundle> BUNDLES = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BUNDLES.put(language, ResourceBundle.getBundle(BASE_NAME, language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    private MessageBundle() {
    }

    @SuppressWarnings("StringEquality")
    private static boolean isUnknown(Object argument) {
        return argument != null && String.valueOf(argument) == UNKNOWN;
    }

    /** The raw pattern of {@code key}, if the language has one. */
    public static Option<String> pattern(Language language, String key) {
        try {
            return Option.some(BUNDLES.get(language).getString(key));
        } catch (MissingResourceException missing) {
            return Option.none();
        }
    }

    /** Every key of a language's bundle. */
    public static java.util.Set<String> keys(Language language) {
        return BUNDLES.get(language).keySet();
    }

    /** The pattern of {@code key} with its placeholders filled; fails loudly if the key is missing. */
    public static String format(Language language, String key, Seq<?> arguments) {
        String pattern = pattern(language, key)
                .getOrElseThrow(() -> new MissingResourceException("no " + language + " text for " + key, BASE_NAME, key));
        return fill(language, pattern, arguments);
    }

    /**
     * {@code pattern} with its placeholders filled: each {@code choice} first takes the branch its
     * argument's number selects (see {@link Plurals}), then every value is shown as {@link #show} shows it.
     */
    public static String fill(Language language, String pattern, Seq<?> arguments) {
        String chosen = Plurals.resolve(pattern, arguments.toJavaArray());
        Object[] shown = arguments.map(argument -> show(language, argument)).toJavaArray();
        return new MessageFormat(chosen, language.locale()).format(shown);
    }

    /**
     * What stands for a value an error rebuilt from its code alone does not know (an ARM answer's code
     * without its details). It is shown as {@code value.unknown} in the reader's language, and is
     * recognised by identity, never by its letters: a value someone typed as "unknown" is shown as typed.
     */
    public static final String UNKNOWN = "unknown";

    /** One value as people see it in {@code language}. */
    public static String show(Language language, Object argument) {
        if (isUnknown(argument)) {
            return format(language, "value.unknown", io.vavr.collection.List.empty());
        }
        if (argument instanceof Localizable localizable) {
            String told = format(language, localizable.messageKey(), localizable.messageArguments());
            return localizable.clause() ? told.replaceAll("[.\\s]+$", "") : told;
        }
        if (argument instanceof Seq<?> values) {
            return values.map(value -> show(language, value)).mkString("; ");
        }
        return String.valueOf(argument);
    }
}
