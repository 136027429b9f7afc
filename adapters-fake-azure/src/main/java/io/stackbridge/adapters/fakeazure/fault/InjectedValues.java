package io.stackbridge.adapters.fakeazure.fault;

import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.RegistrationKey;

/** The values an injected error carries: the call's own resource where it has one, well-formed placeholders otherwise. */
record InjectedValues(FaultCall call) {

    /** The nil GUID: well formed, and obviously nobody's. */
    static final String NIL = "00000000-0000-0000-0000-000000000000";
    static final String INJECTED = "injected";
    /** What an injected bridge error names as its endpoint. */
    static final String SOURCE = "(fault rule)";
    static final long RETRY_AFTER_SECONDS = 5;

    SubscriptionId subscription() {
        return call.subscription().getOrElse(() -> SubscriptionId.of(NIL));
    }

    ResourceGroupName resourceGroup() {
        return call.resourceGroup().getOrElse(() -> ResourceGroupName.of(INJECTED));
    }

    RegistrationKey registration() {
        return new RegistrationKey(subscription(), resourceGroup(), call.registration().getOrElse(() -> RegistrationName.of(INJECTED)));
    }

    /** The ARM ID of the most precise resource the call names. */
    String resourceId() {
        if (call.registration().isDefined()) {
            return ResourceIds.registration(registration());
        }
        if (call.resourceGroup().isDefined()) {
            return ResourceIds.resourceGroup(subscription(), resourceGroup());
        }
        return "/subscriptions/" + subscription();
    }

    SubscriptionId nilSubscription() {
        return SubscriptionId.of(NIL);
    }

    CloudId nilCloud() {
        return CloudId.of(NIL);
    }

    ObjectId nilObject() {
        return ObjectId.of(NIL);
    }

    ClientId nilClient() {
        return ClientId.of(NIL);
    }

    TenantId nilTenant() {
        return TenantId.of(NIL);
    }
}
