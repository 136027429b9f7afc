package io.stackbridge.domain.error;

/** Which part of the system raises a code. */
public enum Category {
    /** The Azure Bridge on the stamp, classifying a failure to reach or satisfy Azure. */
    BRIDGE,
    /** The registration provider, when tenants (customer subscriptions) are added or read. */
    TENANT_REGISTRATION,
    /** The registration provider, when a registration is created or changed. */
    REGISTRATION,
    /** The Azure Stack Hub stamp, when it applies an activation key or acts on its own registration state. */
    STAMP,
    /** The stamp's local usage APIs (provider and tenant). */
    USAGE_API,
    /** The Azure usage service that receives the bridge's batches. */
    USAGE_SERVICE,
    /** Entra ID, when the bridge signs in with client credentials. */
    IDENTITY,
    /** Azure Resource Manager conventions shared by every ARM call. */
    ARM
}
