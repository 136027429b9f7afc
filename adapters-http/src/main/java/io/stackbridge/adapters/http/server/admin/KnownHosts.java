package io.stackbridge.adapters.http.server.admin;

import io.javalin.http.Context;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.tls.SubjectNames;
import io.stackbridge.adapters.support.net.HostNames;
import io.stackbridge.adapters.support.tls.CertificateSource;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.text.Excerpt;
import io.vavr.control.Either;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The guard against DNS rebinding on plain HTTP ({@code --http-port}): a page of another site that points its
 * own name at this machine controls both {@code Origin} and {@code Host}, so the cross-site rule cannot see it;
 * over HTTPS the certificate stops the browser first. An admin call (or a portal page file) over plain HTTP is
 * therefore answered only when its {@code Host} names an IP literal, {@code localhost}, the configured listening
 * host, or a name of the generated certificate ({@link SubjectNames#ALWAYS} and the configured names); any
 * other name is {@code 403 UnknownHost}. A request without {@code Host} (HTTP/1.0, never a browser) passes.
 */
public final class KnownHosts {

    private final Set<String> names;

    public KnownHosts(EmulatorConfig config) {
        List<String> known = new ArrayList<>();
        if (config.certificate() instanceof CertificateSource.Generated generated) {
            known.addAll(generated.names());
        }
        known.add(config.host());
        this.names = SubjectNames.wanted(known);
    }

    /** The request if it came over HTTPS or names a host this emulator knows, else the coded refusal. */
    public Either<DomainError, Context> check(Context ctx) {
        String host = ctx.header("Host");
        if (ctx.req().isSecure() || host == null || known(name(host))) {
            return Either.right(ctx);
        }
        return Either.left(new ArmError.UnknownHost(Excerpt.of(host)));
    }

    /** Whether {@code name} (no port, IPv6 in brackets) is an IP literal or one of the known names. */
    boolean known(String name) {
        if (HostNames.literal(name).isDefined()) {
            return true;
        }
        String bare = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        return !bare.isEmpty() && names.contains(bare.toLowerCase(Locale.ROOT));
    }

    /** The name of a {@code Host} header, without its port. */
    static String name(String host) {
        String trimmed = host.strip();
        if (trimmed.startsWith("[")) {
            int close = trimmed.indexOf(']');
            return close < 0 ? trimmed : trimmed.substring(0, close + 1);
        }
        int colon = trimmed.lastIndexOf(':');
        return colon < 0 ? trimmed : trimmed.substring(0, colon);
    }
}
