package io.stackbridge.adapters.cli.console;

import io.stackbridge.domain.text.Language;
import io.vavr.collection.List;
import io.vavr.control.Option;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The language of a command line, read before picocli builds its model: {@code --lang fr} (or
 * {@code --lang=fr}) anywhere on the line, else the system's. The help follows it (French help comes from
 * {@code help_fr.properties}; English help is the annotations), and a {@code --lang} given before the
 * subcommand becomes the default of the subcommand's own {@code --lang}.
 */
public record HelpLanguage(Option<Language> given, List<String> rest) {

    public static final String BASE_NAME = "io.stackbridge.adapters.cli.console.help";
    static final String OPTION = "--lang";

    /** The language {@code args} ask for, and the arguments without it. */
    public static HelpLanguage scan(String... args) {
        Option<Language> given = Option.none();
        List<String> rest = List.empty();
        for (int at = 0; at < args.length; at++) {
            String arg = args[at];
            if (arg.equals(OPTION) && at + 1 < args.length) {
                given = read(args[++at]).orElse(given);
            } else if (arg.startsWith(OPTION + "=")) {
                given = read(arg.substring(OPTION.length() + 1)).orElse(given);
            } else {
                rest = rest.append(arg);
            }
        }
        return new HelpLanguage(given, rest);
    }

    private static Option<Language> read(String text) {
        return List.of(Language.values()).find(language -> language.name().equalsIgnoreCase(text.trim()));
    }

    public Language language() {
        return given.getOrElse(() -> Language.of(Locale.getDefault()));
    }

    /** The help texts of {@code language}; none for English, whose texts are the annotations. */
    public static Option<ResourceBundle> bundle(Language language) {
        return language == Language.EN ? Option.none() : Option.some(ResourceBundle.getBundle(BASE_NAME, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The language of the help {@link #applyTo} gave {@code command}: French with the French bundle, else English. */
    public static Language of(picocli.CommandLine.Model.CommandSpec command) {
        ResourceBundle help = command.resourceBundle();
        return help == null ? Language.EN : Language.of(help.getLocale());
    }

    /** Gives the whole command tree under {@code line} the help of this language and, if given, the default of every {@code --lang}. */
    public void applyTo(CommandLine line) {
        bundle(language()).forEach(line::setResourceBundle);
        given.forEach(language -> line.setDefaultValueProvider(arg ->
                arg instanceof OptionSpec option && option.longestName().equals(OPTION) ? language.name() : null));
    }
}
