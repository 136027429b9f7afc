package io.stackbridge.adapters.http.server.portal;

import io.stackbridge.domain.text.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The page's own sentences, one home for them: {@code portal_en.properties} and {@code portal_fr.properties}
 * beside this class (UTF-8). The page asks for them once per language and fills its placeholders
 * ({@code {0}}) itself; the API's answers bring their own texts.
 */
public final class PortalTexts {

    private static final EnumMap<Language, SortedMap<String, String>> BUNDLES = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BUNDLES.put(language, Collections.unmodifiableSortedMap(read(language)));
        }
    }

    private PortalTexts() {
    }

    /** Every sentence of the page in {@code language}, by key. */
    public static SortedMap<String, String> of(Language language) {
        return BUNDLES.get(language);
    }

    private static SortedMap<String, String> read(Language language) {
        String name = "portal_" + language.locale().getLanguage() + ".properties";
        Properties properties = new Properties();
        try (InputStream in = PortalTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no bundle " + name);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        SortedMap<String, String> texts = new TreeMap<>();
        properties.forEach((key, value) -> texts.put(String.valueOf(key), String.valueOf(value)));
        return texts;
    }
}
