package io.stackbridge.adapters.cli.errors;

import io.stackbridge.domain.text.PatternPlaceholders;
import io.vavr.collection.List;

/**
 * A message pattern with each placeholder shown by its name: {@code {0}} becomes {@code <endpoint>}; a
 * choice ({@code {1,choice,1#one second|1<{1} seconds}}) shows its last, plural, branch with the name
 * in it; any other format ({@code {0,number}}) shows the name.
 */
final class PlaceholderNames {

    private PlaceholderNames() {
    }

    static String fill(String pattern, List<String> names) {
        return PatternPlaceholders.replace(pattern, placeholder -> shown(placeholder, names));
    }

    private static String shown(PatternPlaceholders.Placeholder placeholder, List<String> names) {
        int index = placeholder.index();
        if (index < 0) {
            return "{" + placeholder.text() + "}";
        }
        String name = "<" + (index < names.size() ? names.get(index) : String.valueOf(index)) + ">";
        String format = placeholder.format();
        if (!format.startsWith("choice,")) {
            return name;
        }
        String choices = format.substring("choice,".length());
        String last = choices.substring(choices.lastIndexOf('|') + 1);
        int limit = List.of(last.indexOf('#'), last.indexOf('<'), last.indexOf('≤')).filter(i -> i >= 0).min().getOrElse(-1);
        return fill(last.substring(limit + 1), names);
    }
}
