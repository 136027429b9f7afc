package io.stackbridge.adapters.support.logs;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The stamp's components whose logs support may ask for, named as Azure Stack Hub's log collection
 * names them: the Azure Bridge (sign-ins, pushes, retries, failures), the usage service as providers
 * reach it (WAS) and as tenants reach it (WASPublic).
 */
public enum LogRole {
    AzureBridge,
    WAS,
    WASPublic;

    /** Every role, in the order the bundle lists them. */
    public static List<LogRole> all() {
        return List.of(values());
    }

    /** The role named {@code name}, case ignored. */
    public static Option<LogRole> named(String name) {
        return all().find(role -> role.name().equalsIgnoreCase(name.trim()));
    }
}
