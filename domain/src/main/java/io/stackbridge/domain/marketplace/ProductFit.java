package io.stackbridge.domain.marketplace;

import io.vavr.collection.List;
import java.util.Objects;

/**
 * A product and whether it fits the stamp that asked (Products_GetProduct's {@code compatibility}):
 * the issues, and the service's own description of them (empty when it fits).
 */
public record ProductFit(OfferedProduct product, List<CompatibilityIssue> issues, String description) {

    public ProductFit {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(issues, "issues");
        Objects.requireNonNull(description, "description");
    }

    public boolean isCompatible() {
        return issues.isEmpty();
    }
}
