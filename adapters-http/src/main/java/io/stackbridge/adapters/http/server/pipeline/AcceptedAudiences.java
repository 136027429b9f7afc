package io.stackbridge.adapters.http.server.pipeline;

import io.stackbridge.adapters.http.server.RunningEmulator;
import io.stackbridge.adapters.http.server.ServerAddress;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import jakarta.inject.Inject;

import java.net.URI;
import java.util.Locale;

/**
 * The audiences a Resource Manager call's token may be for: Resource Manager's public names, the
 * cloud side's management address, and this emulator's own URLs once it listens. They are worked
 * out and normalized once per start, then reused.
 */
public final class AcceptedAudiences {

    private final AzureEndpoints endpoints;
    private final ServerAddress address;
    private volatile Known known;

    /** The normalized audiences worked out for one running server (or for none yet). */
    private record Known(RunningEmulator of, Set<String> normalized) {
    }

    @Inject
    public AcceptedAudiences(AzureEndpoints endpoints, ServerAddress address) {
        this.endpoints = endpoints;
        this.address = address;
    }

    /** Whether a token for {@code audience} may call Resource Manager here (case and a trailing slash aside). */
    public boolean accepts(String audience) {
        return normalizedNow().contains(normalized(audience));
    }

    private Set<String> normalizedNow() {
        RunningEmulator now = address.now().getOrNull();
        Known last = known;
        if (last == null || last.of() != now) {
            last = new Known(now, HashSet.ofAll(names(now).map(AcceptedAudiences::normalized)));
            known = last;
        }
        return last.normalized();
    }

    private List<String> names(RunningEmulator now) {
        List<String> names = endpoints.managementAudiences();
        return now == null ? names : names.appendAll(List.of(now.httpsUrl().toString(), "https://localhost:" + now.httpsPort()))
                .appendAll(now.httpUrl().map(URI::toString).toList());
    }

    static String normalized(String audience) {
        String lower = audience == null ? "" : audience.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
