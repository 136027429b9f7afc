package io.stackbridge.domain.marketplace;

import io.vavr.control.Option;

/**
 * What the simulated stamp says of itself when it asks Azure whether a product fits: an Azure Stack
 * Hub version and its identity system. Ours (docs/decisions.md, "Marketplace"): a recent release
 * on Entra ID, so that the catalog shows products that fit and products that do not.
 */
public final class StampDevice {

    public static final String VERSION = "2406.1.6";

    public static final DeviceConfiguration CONFIGURATION = new DeviceConfiguration(Option.some(DeviceVersion.of(VERSION)),
            Option.some(IdentitySystem.AzureAD));

    private StampDevice() {
    }
}
