package io.stackbridge.domain.text;

import io.vavr.collection.List;

import java.util.Locale;

/** The languages every sentence of the product exists in. English is the fallback. */
public enum Language {
    EN(Locale.ENGLISH),
    FR(Locale.FRENCH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of a locale, English when the locale's language is not supported. */
    public static Language of(Locale locale) {
        return List.of(values())
                .find(language -> language.locale.getLanguage().equals(locale.getLanguage()))
                .getOrElse(EN);
    }

    /** The best match for an HTTP {@code Accept-Language} header ({@code fr-FR,fr;q=0.9,en;q=0.8}). */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return EN;
        }
        try {
            java.util.List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            Locale best = Locale.lookup(ranges, List.of(values()).map(Language::locale).toJavaList());
            return best == null ? EN : of(best);
        } catch (IllegalArgumentException malformed) {
            return EN;
        }
    }
}
