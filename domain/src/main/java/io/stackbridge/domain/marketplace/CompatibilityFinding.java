package io.stackbridge.domain.marketplace;

import io.stackbridge.domain.text.Localizable;
import io.vavr.collection.List;

import java.util.Objects;

/**
 * One reason a product does not fit a stamp, with the values that explain it (the stamp's and the
 * product's), told in each language under {@code compatibility.<Issue>}.
 */
public record CompatibilityFinding(CompatibilityIssue issue, List<Object> values) implements Localizable {

    public CompatibilityFinding {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(values, "values");
    }

    @Override
    public String messageKey() {
        return "compatibility." + issue.name();
    }

    @Override
    public List<Object> messageArguments() {
        return values;
    }
}
