package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.support.net.HostNames;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.util.Locale;

/**
 * The names a generated certificate is asked to cover ({@code --cert-san}): DNS names or IP literals
 * as {@link HostNames} reads them, IPv6 with or without brackets. Names are kept lower-case, addresses
 * as written (without brackets).
 */
final class CertificateNames {

    private CertificateNames() {
    }

    /** Every name of {@code given} (each value may list several, comma-separated), or the first that is neither a DNS name nor an IP literal. */
    static Either<String, List<String>> read(java.util.List<String> given) {
        List<String> names = List.empty();
        for (String value : given) {
            for (String part : value.split(",", -1)) {
                String name = part.strip();
                if (!HostNames.isIpLiteral(name) && !HostNames.isDnsName(name)) {
                    return Either.left(name);
                }
                String kept = HostNames.isIpLiteral(name) ? HostNames.normal(name) : name.toLowerCase(Locale.ROOT);
                names = names.contains(kept) ? names : names.append(kept);
            }
        }
        return Either.right(names);
    }
}
