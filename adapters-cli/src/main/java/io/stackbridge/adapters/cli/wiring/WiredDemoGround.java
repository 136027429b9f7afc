package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.demo.DemoCast;
import io.stackbridge.adapters.cli.demo.DemoCast.Customer;
import io.stackbridge.adapters.cli.demo.DemoGround;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.stamp.usage.DefaultLocalDirectory;
import io.vavr.collection.List;
import jakarta.inject.Inject;


/** The demo's ground: the well-known world's cast. */
public final class WiredDemoGround implements DemoGround {

    @Inject
    public WiredDemoGround() {
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
