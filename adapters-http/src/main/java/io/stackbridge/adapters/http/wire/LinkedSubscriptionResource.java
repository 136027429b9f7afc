package io.stackbridge.adapters.http.wire;

import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.linked.LinkedDevice;
import io.stackbridge.domain.linked.LinkedSubscription;

/** A {@code Microsoft.AzureStack/linkedSubscriptions} resource as the 2020-06-01 preview shows it. */
public record LinkedSubscriptionResource(String id, String name, String type, String etag, String location, String kind,
                                         SystemDataJson systemData, Properties properties) {

    /** The link's properties: the two a client sets, and what the service says of the linked device. */
    public record Properties(String linkedSubscriptionId, String registrationResourceId, String deviceId, String deviceObjectId,
                             String deviceLinkState, String lastConnectedTime, String deviceConnectionStatus) {
    }

    public static LinkedSubscriptionResource from(LinkedSubscription link) {
        LinkedDevice device = link.device();
        return new LinkedSubscriptionResource(ResourceIds.linkedSubscription(link.key()), link.key().name().value(),
                ResourceIds.LINKED_SUBSCRIPTIONS_TYPE, link.etag().value(), link.location(), LinkedSubscription.KIND,
                SystemDataJson.from(link.systemData()),
                new Properties(link.linkedSubscriptionId().value(), ResourceIds.registration(link.registration()),
                        device.deviceId().value(), device.deviceObjectId().value(), LinkedDevice.LINK_STATE,
                        device.lastConnectedTime().toString(), LinkedDevice.CONNECTION_STATUS));
    }
}
