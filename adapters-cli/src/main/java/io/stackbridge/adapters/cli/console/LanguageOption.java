package io.stackbridge.adapters.cli.console;

import io.stackbridge.domain.text.Language;
import picocli.CommandLine.Option;

import java.util.Locale;

/** The {@code --lang en|fr} option, as a picocli mixin, for commands that do not open a stamp; the system's language by default. */
public final class LanguageOption {

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the output: en or fr (default: the system's language).")
    private Language language;

    public Language language() {
        return language == null ? Language.of(Locale.getDefault()) : language;
    }
}
