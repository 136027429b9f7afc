package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.emulator.AdminKeyChoice;
import io.stackbridge.adapters.cli.emulator.DevPrincipal;
import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.stack.AdminKeySources;
import io.stackbridge.adapters.support.access.PortalLink;
import io.stackbridge.adapters.support.net.HostNames;
import io.vavr.collection.List;

/**
 * What {@code serve} prints once the emulator listens: the start line (its URL, the CA certificate to
 * trust, and a curl command that gets a Resource Manager token for the well-known bridge principal),
 * then, when they apply, a line each for an address other machines reach, the admin key (a generated
 * one shown this once with the portal's URL carrying it; a given one only named by where it came
 * from), weak auth or plain HTTP allowed beyond loopback, and a certificate made anew for new names. The
 * portal's link names the host other machines use when one is known ({@link Exposure#reachedAs}).
 */
final class StartupLine {

    private StartupLine() {
    }

    static List<String> of(Emulator emulator, Exposure exposure, CliText text) {
        DevPrincipal principal = emulator.bridgePrincipal();
        Object[] values = {emulator.url(), emulator.caPem(), principal.clientId(), principal.clientSecret(), Emulator.MANAGEMENT_SCOPE,
                emulator.tokenUrl(), emulator.httpUrl().map(Object::toString).getOrElse("")};
        List<String> lines = List.of(text.format(emulator.httpUrl().isDefined() ? "serve.startedWithHttp" : "serve.started", values));
        if (exposure.address().allAddresses()) {
            lines = lines.append(exposure.reachedAs()
                    .map(name -> text.format("serve.allAddresses", exposure.address().host(), name, emulator.url().getPort()))
                    .getOrElse(() -> text.format("serve.allAddressesUnnamed", exposure.address().host())));
        } else if (!exposure.address().loopback()) {
            lines = lines.append(text.format("serve.networkAddress", exposure.address().host()));
        }
        if (exposure.settings().adminKey() instanceof AdminKeyChoice.Given given) {
            lines = lines.append(text.format("serve.adminKeyGiven", given.origin()));
        } else if (exposure.settings().adminKey() instanceof AdminKeyChoice.Generate) {
            String key = emulator.adminKey().map(shown -> shown.reveal()).getOrElse("");
            lines = lines.append(text.format("serve.adminKeyGenerated", key, emulator.caPem().resolveSibling(AdminKeySources.FILE),
                    PortalLink.withKey(portal(emulator, exposure), key)));
        }
        if (exposure.weakAuthAllowed()) {
            lines = lines.append(text.format("serve.weakAuthAllowed", exposure.settings().auth().name().toLowerCase(java.util.Locale.ROOT),
                    exposure.address().host()));
        }
        if (exposure.plainHttpAllowed()) {
            lines = lines.append(text.format("serve.plainHttpAllowed", exposure.address().host(),
                    emulator.httpUrl().map(url -> "" + url.getPort()).getOrElse("")));
        }
        if (exposure.hostNameUnknown()) {
            lines = lines.append(text.format("serve.hostNameUnknown"));
        }
        if (emulator.certificateRenewed()) {
            lines = lines.append(text.format("serve.certificateRenewed", emulator.caPem()));
        }
        return lines;
    }

    /** Where a browser opens the portal: by the name other machines use when listening on every address and one is known, else the emulator's URL. */
    private static String portal(Emulator emulator, Exposure exposure) {
        return exposure.reachedAs().map(name -> "https://" + HostNames.inUrl(name) + ":" + emulator.url().getPort())
                .getOrElse(() -> emulator.url().toString());
    }
}
