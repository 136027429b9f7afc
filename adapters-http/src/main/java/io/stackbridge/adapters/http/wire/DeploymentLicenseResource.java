package io.stackbridge.adapters.http.wire;

import io.stackbridge.domain.manifest.DeploymentLicense;

import java.util.List;

/** A deployment license as the REST specification's {@code DeploymentLicenseResponse} spells it. */
public record DeploymentLicenseResource(List<String> temporaryLicenseChain, String signature) {

    public static DeploymentLicenseResource from(DeploymentLicense license) {
        return new DeploymentLicenseResource(license.temporaryLicenseChain().toJavaList(), license.signature());
    }
}
