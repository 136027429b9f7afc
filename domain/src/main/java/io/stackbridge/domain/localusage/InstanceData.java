package io.stackbridge.domain.localusage;

import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.Map;

import java.util.Objects;

/**
 * What an aggregate says about the resource it measured: its fully qualified ID, location, tags
 * and additional information (image type, size…). The wire shows it as a JSON string under
 * {@code Microsoft.Resources}; empty tags or information are shown as {@code null}.
 */
public record InstanceData(String resourceUri, String location, Map<String, String> tags, Map<String, String> additionalInfo) {

    public InstanceData {
        Objects.requireNonNull(resourceUri, "resourceUri");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(additionalInfo, "additionalInfo");
    }

    public static InstanceData of(UsageRecord record) {
        return new InstanceData(record.resourceUri(), record.location(), record.tags(), record.additionalInfo());
    }
}
