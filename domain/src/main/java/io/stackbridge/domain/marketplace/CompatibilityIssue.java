package io.stackbridge.domain.marketplace;

/** Why a product does not fit a stamp: the specification's {@code CompatibilityIssue} enum, spelled as on the wire. */
public enum CompatibilityIssue {
    HigherDeviceVersionRequired,
    LowerDeviceVersionRequired,
    CapacityBillingModelRequired,
    PayAsYouGoBillingModelRequired,
    DevelopmentBillingModelRequired,
    AzureADIdentitySystemRequired,
    ADFSIdentitySystemRequired,
    ConnectionToInternetRequired,
    ConnectionToAzureRequired,
    DisconnectedEnvironmentRequired
}
