package io.stackbridge.adapters.http.contract;

import io.stackbridge.application.contract.TestWorld;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.BRIDGE_CLIENT_ID;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.BRIDGE_OBJECT_ID;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.BRIDGE_SECRET;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_TENANT;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.DISABLED_CLIENT_ID;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.DISABLED_SECRET;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.EA_CUSTOMER_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.EA_REGISTRATION_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.FABRIKAM_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.FABRIKAM_TENANT;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.OTHER_PARTNER_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.PARTNER_TENANT;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.REGISTRATION_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.RESOURCE_GROUP;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.UNKNOWN_SUBSCRIPTION;

/** The fake's default world as the contract tests name it (the emulator serves that world). */
final class ContractWorld {

    static final TestWorld DEFAULT = new TestWorld(REGISTRATION_SUBSCRIPTION, EA_REGISTRATION_SUBSCRIPTION, RESOURCE_GROUP,
            CONTOSO_SUBSCRIPTION, CONTOSO_TENANT, FABRIKAM_SUBSCRIPTION, FABRIKAM_TENANT, OTHER_PARTNER_SUBSCRIPTION,
            EA_CUSTOMER_SUBSCRIPTION, UNKNOWN_SUBSCRIPTION, PARTNER_TENANT, BRIDGE_CLIENT_ID, BRIDGE_OBJECT_ID, BRIDGE_SECRET,
            DISABLED_CLIENT_ID, DISABLED_SECRET);

    private ContractWorld() {
    }
}
