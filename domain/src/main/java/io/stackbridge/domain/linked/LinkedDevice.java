package io.stackbridge.domain.linked;

import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.registration.Registration;

import java.time.Instant;
import java.util.Objects;

/**
 * The Azure Stack Hub device a linked subscription reaches, read from the registration it names:
 * the stamp's cloud ID as device ID, the object ID its token states, and when it was linked. The
 * emulator keeps no remote-management connection, so a linked device is always {@code Linked} and
 * {@code Offline}, last connected when it was linked.
 */
public record LinkedDevice(CloudId deviceId, ObjectId deviceObjectId, Instant lastConnectedTime) {

    public static final String LINK_STATE = "Linked";
    public static final String CONNECTION_STATUS = "Offline";

    public LinkedDevice {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(deviceObjectId, "deviceObjectId");
        Objects.requireNonNull(lastConnectedTime, "lastConnectedTime");
    }

    public static LinkedDevice of(Registration registration, Instant linkedAt) {
        return new LinkedDevice(registration.cloudId(), registration.objectId(), linkedAt);
    }
}
