package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.demo.DemoCast;
import io.stackbridge.adapters.cli.demo.DemoCast.Customer;
import io.stackbridge.adapters.cli.demo.DemoGround;
import io.stackbridge.adapters.cli.demo.FaultSwitch;
import io.stackbridge.adapters.cli.emulator.DevPrincipal;
import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.client.ClientConfig;
import io.stackbridge.adapters.http.client.HttpPorts;
import io.stackbridge.adapters.stamp.usage.DefaultLocalDirectory;
import io.stackbridge.application.port.out.CustomerSubscriptionPort;
import io.stackbridge.application.port.out.TokenPort.TokenRequest;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.TenantId;
import io.vavr.collection.List;
import jakarta.inject.Inject;

import java.time.Duration;

/** The demo's ground: the well-known world's cast, and the customer subscriptions of an emulator over HTTPS, trusting its CA only. */
public final class WiredDemoGround implements DemoGround {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    public WiredDemoGround() {
    }

    @Override
    public CustomerSubscriptionPort customerSubscriptions(Emulator emulator) {
        DevPrincipal principal = emulator.bridgePrincipal();
        TokenRequest signIn = new TokenRequest(emulator.url(), TenantId.of(principal.tenantId()), ClientId.of(principal.clientId()),
                principal.clientSecret(), Emulator.MANAGEMENT_SCOPE);
        ClientConfig config = ClientConfig.trusting(emulator.caPem()).withTimeouts(ClientConfig.DEFAULT_CONNECT_TIMEOUT, TIMEOUT);
        return HttpPorts.signedIn(config, emulator.url(), signIn).customerSubscriptions();
    }

    @Override
    public FaultSwitch faults(Emulator emulator) {
        return new AdminFaultsOverHttps(emulator.url(), emulator.caPem());
    }

    @Override
    public DemoCast cast() {
        return new DemoCast(DefaultWorld.REGISTRATION_SUBSCRIPTION, DefaultWorld.EA_REGISTRATION_SUBSCRIPTION, DefaultWorld.RESOURCE_GROUP,
                List.of(new Customer("Contoso", DefaultWorld.CONTOSO_TENANT, DefaultWorld.CONTOSO_SUBSCRIPTION),
                        new Customer("Fabrikam", DefaultWorld.FABRIKAM_TENANT, DefaultWorld.FABRIKAM_SUBSCRIPTION)),
                DefaultWorld.OTHER_PARTNER_SUBSCRIPTION, DefaultWorld.EA_CUSTOMER_SUBSCRIPTION, DefaultWorld.UNKNOWN_SUBSCRIPTION,
                DefaultLocalDirectory.directory());
    }
}
