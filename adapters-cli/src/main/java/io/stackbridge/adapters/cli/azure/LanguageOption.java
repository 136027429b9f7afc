package io.stackbridge.adapters.cli.azure;

import io.stackbridge.domain.text.Language;
import picocli.CommandLine.Option;

import java.util.Locale;

/** The {@code --lang} option of the {@code azure} commands: the language of what they say. */
public final class LanguageOption {

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the output: en or fr (default: the system's language).")
    private Language language;

    public Language language() {
        return language == null ? Language.of(Locale.getDefault()) : language;
    }
}
