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

    /** The most ranges of a header that are read, and the longest range read: the JDK's matching slows down past them. */
    static final int MOST_RANGES = 32;
    static final int LONGEST_RANGE = 64;

    /**
     * The best match for an HTTP {@code Accept-Language} header ({@code fr-FR,fr;q=0.9,en;q=0.8}). Only the
     * first {@link #MOST_RANGES} ranges count, and a range longer than {@link #LONGEST_RANGE} characters is
     * skipped: no language tag is that long, and the JDK's matching takes seconds over one of thousands.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return EN;
        }
        String readable = List.of(header.split(",", MOST_RANGES + 1)).take(MOST_RANGES)
                .filter(range -> range.length() <= LONGEST_RANGE)
                .mkString(",");
        if (readable.isBlank()) {
            return EN;
        }
        try {
            java.util.List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(readable);
            Locale best = Locale.lookup(ranges, List.of(values()).map(Language::locale).toJavaList());
            return best == null ? EN : of(best);
        } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
            // the JDK reads a lone "-" past the end of its subtags (found by the parser fuzz test)
            return EN;
        }
    }
}
