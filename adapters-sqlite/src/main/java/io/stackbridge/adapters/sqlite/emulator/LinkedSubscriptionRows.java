package io.stackbridge.adapters.sqlite.emulator;

import io.stackbridge.adapters.sqlite.text.StoredInstant;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.linked.Actor;
import io.stackbridge.domain.linked.ActorType;
import io.stackbridge.domain.linked.LinkedDevice;
import io.stackbridge.domain.linked.LinkedSubscription;
import io.stackbridge.domain.linked.LinkedSubscriptionKey;
import io.stackbridge.domain.linked.SystemData;
import io.stackbridge.domain.registration.ETag;
import io.stackbridge.domain.registration.RegistrationKey;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A linked subscription as one row of {@code linked_subscriptions}, written and read back whole. */
final class LinkedSubscriptionRows {

    static final String INSERT = "INSERT INTO linked_subscriptions (subscription_key, resource_group_key, name_key, subscription_id, "
            + "resource_group, name, location, linked_subscription_id, registration_subscription_id, registration_resource_group, "
            + "registration_name, device_id, device_object_id, last_connected_time, created_by, created_by_type, created_at, "
            + "last_modified_by, last_modified_by_type, last_modified_at, etag) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String MATCH = "subscription_key = ? AND resource_group_key = ? AND name_key = ?";

    private LinkedSubscriptionRows() {
    }

    static Object[] key(LinkedSubscriptionKey key) {
        return new Object[] {key.subscriptionId().guid().key(), key.resourceGroup().key(), key.name().key()};
    }

    static Object[] values(LinkedSubscription link) {
        LinkedSubscriptionKey key = link.key();
        RegistrationKey registration = link.registration();
        SystemData system = link.systemData();
        return new Object[] {key.subscriptionId().guid().key(), key.resourceGroup().key(), key.name().key(), key.subscriptionId().value(),
                key.resourceGroup().value(), key.name().value(), link.location(), link.linkedSubscriptionId().value(),
                registration.subscriptionId().value(), registration.resourceGroup().value(), registration.name().value(),
                link.device().deviceId().value(), link.device().deviceObjectId().value(),
                StoredInstant.text(link.device().lastConnectedTime()), system.createdBy().id(), system.createdBy().type().name(),
                StoredInstant.text(system.createdAt()), system.lastModifiedBy().id(), system.lastModifiedBy().type().name(),
                StoredInstant.text(system.lastModifiedAt()), link.etag().value()};
    }

    static LinkedSubscription row(ResultSet row) throws SQLException {
        LinkedSubscriptionKey key = LinkedSubscriptionKey.of(row.getString("subscription_id"), row.getString("resource_group"),
                row.getString("name"));
        RegistrationKey registration = RegistrationKey.of(row.getString("registration_subscription_id"),
                row.getString("registration_resource_group"), row.getString("registration_name"));
        LinkedDevice device = new LinkedDevice(CloudId.of(row.getString("device_id")), ObjectId.of(row.getString("device_object_id")),
                StoredInstant.parse(row.getString("last_connected_time")));
        SystemData system = new SystemData(
                new Actor(row.getString("created_by"), ActorType.valueOf(row.getString("created_by_type"))),
                StoredInstant.parse(row.getString("created_at")),
                new Actor(row.getString("last_modified_by"), ActorType.valueOf(row.getString("last_modified_by_type"))),
                StoredInstant.parse(row.getString("last_modified_at")));
        return new LinkedSubscription(key, row.getString("location"), SubscriptionId.of(row.getString("linked_subscription_id")),
                registration, device, system, new ETag(row.getString("etag")));
    }
}
