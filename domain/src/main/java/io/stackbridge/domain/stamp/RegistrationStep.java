package io.stackbridge.domain.stamp;

/** The steps of registering a connected stamp, in the order the registration tooling takes them. */
public enum RegistrationStep {
    /** Register the {@code Microsoft.AzureStack} resource provider in the subscription. */
    REGISTER_PROVIDER,
    /** Create (or keep) the resource group that will hold the registration. */
    CREATE_RESOURCE_GROUP,
    /** Produce the stamp's registration token. */
    GENERATE_TOKEN,
    /** Create or update the registration resource from the token. */
    PUT_REGISTRATION,
    /** Fetch the registration's signed activation key. */
    GET_ACTIVATION_KEY,
    /** Verify the key and apply it on the stamp. */
    APPLY_ACTIVATION_KEY
}
