package io.stackbridge.adapters.cli.serve;

import io.vavr.collection.List;
import io.vavr.control.Either;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The names a generated certificate is asked to cover ({@code --cert-san}): DNS names as RFC 1123
 * spells them (labels of letters, digits and inner hyphens, at most 63 characters each, 253 in all)
 * or IP literals, IPv6 with or without brackets. Names are kept lower-case, addresses as written.
 */
final class CertificateNames {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private CertificateNames() {
    }

    /** Every name of {@code given} (each value may list several, comma-separated), or the first that is neither a DNS name nor an IP literal. */
    static Either<String, List<String>> read(java.util.List<String> given) {
        List<String> names = List.empty();
        for (String value : given) {
            for (String part : value.split(",", -1)) {
                String name = part.strip();
                if (!isIpLiteral(name) && !isDnsName(name)) {
                    return Either.left(name);
                }
                String kept = isIpLiteral(name) ? unbracketed(name) : name.toLowerCase(Locale.ROOT);
                names = names.contains(kept) ? names : names.append(kept);
            }
        }
        return Either.right(names);
    }

    static boolean isDnsName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.length() > 253 || lower.endsWith(".")) {
            return false;
        }
        boolean allDigits = lower.chars().allMatch(c -> Character.isDigit(c) || c == '.');
        return !allDigits && List.of(lower.split("\\.", -1)).forAll(label -> LABEL.matcher(label).matches());
    }

    static boolean isIpLiteral(String name) {
        return name.indexOf('%') < 0 && ListenAddress.literal(unbracketed(name)).isDefined();
    }

    private static String unbracketed(String name) {
        return name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
    }
}
