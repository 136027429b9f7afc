package io.stackbridge.domain.manifest;

import io.vavr.collection.List;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A license to deploy an Azure Stack device while it cannot reach Azure yet: a temporary chain
 * (the licensing authority, vouched for by the cloud for a year; then the subscription's own
 * license, for {@link #LEAF_LIFETIME}) and the detached signature of the chain by the published key.
 */
public record DeploymentLicense(List<String> temporaryLicenseChain, String signature) {

    public static final String AUTHORITY = "StackBridge temporary licensing";
    public static final Duration AUTHORITY_LIFETIME = Duration.ofDays(365);
    public static final Duration LEAF_LIFETIME = Duration.ofDays(30);

    public DeploymentLicense {
        Objects.requireNonNull(temporaryLicenseChain, "temporaryLicenseChain");
        Objects.requireNonNull(signature, "signature");
    }

    /** The chain a cloud at {@code cloud} issues {@code subject} at {@code now}, under key {@code version}: intermediate, then leaf. */
    public static List<LicenseItem> chain(String cloud, String subject, VerificationVersion version, Instant now) {
        return List.of(new LicenseItem(LicenseItem.Kind.Intermediate, cloud, AUTHORITY, version, now, now.plus(AUTHORITY_LIFETIME)),
                new LicenseItem(LicenseItem.Kind.Leaf, AUTHORITY, subject, version, now, now.plus(LEAF_LIFETIME)));
    }

    /** The bytes the signature covers: the chain's items, as sent, in a {@link CanonicalJson} array, UTF-8. */
    public static byte[] signedContent(List<String> chain) {
        return CanonicalJson.array(chain).getBytes(StandardCharsets.UTF_8);
    }
}
