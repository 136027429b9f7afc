package io.stackbridge.domain.marketplace;

import io.vavr.collection.List;

import java.util.Objects;

/** Whether a product fits a stamp, and every reason it does not, in the order {@link CompatibilityRule} checks them. */
public record Compatibility(List<CompatibilityFinding> findings) {

    public Compatibility {
        Objects.requireNonNull(findings, "findings");
    }

    public boolean isCompatible() {
        return findings.isEmpty();
    }

    public List<CompatibilityIssue> issues() {
        return findings.map(CompatibilityFinding::issue);
    }
}
