package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.emulator.DevPrincipal;
import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.http.client.ClientConfig;
import io.stackbridge.adapters.http.client.HttpPorts;
import io.stackbridge.application.port.out.TokenPort.TokenRequest;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Option;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented fixes a trainee applies on the Azure side. Until the {@code azure} commands are in
 * this branch, through the emulator's own controls and Resource Manager's customer subscriptions, the
 * ports those commands drive.
 */
record TraineeFixes(Emulator emulator, Function<String[], CliRun> stamp) {

    void removeFault(String id) {
        emulator.admin().removeFaultRule().remove(id);
    }

    void approve() {
        assertThat(emulator.admin().approveMultiTenancy().approve(registration()).isRight()).isTrue();
    }

    void tenantAdd(String customerSubscription) {
        DevPrincipal known = emulator.bridgePrincipal();
        HttpPorts ports = HttpPorts.signedIn(ClientConfig.trusting(emulator.caPem()), emulator.url(), new TokenRequest(emulator.url(),
                TenantId.of(known.tenantId()), ClientId.of(known.clientId()), known.clientSecret(), Emulator.MANAGEMENT_SCOPE));
        var added = ports.customerSubscriptions().add(registration(), customerSubscription, Option.none());
        assertThat(added.isRight()).as(String.valueOf(added)).isTrue();
    }

    /** The stamp's registration, as stamp properties shows it. */
    RegistrationKey registration() {
        CliRun properties = stamp.apply(new String[] {"stamp", "properties"});
        return RegistrationKey.of(value(properties, "Subscription: "), value(properties, "Resource group: "),
                value(properties, "Registration name: "));
    }

    private static String value(CliRun run, String label) {
        return run.outLines().stream().filter(line -> line.startsWith(label)).map(line -> line.substring(label.length()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + label + " in " + run.out()));
    }
}
