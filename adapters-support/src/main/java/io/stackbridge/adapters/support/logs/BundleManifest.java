package io.stackbridge.adapters.support.logs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.stackbridge.adapters.support.logs.CollectedLogs.CollectedFile;
import io.vavr.collection.List;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bundle's {@code manifest.json}: the stamp and its cloud ID, the time range and roles asked for,
 * each file with its size and lines, the StackBridge and Java versions, and when it was collected.
 */
final class BundleManifest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BundleManifest() {
    }

    static byte[] of(BundleFacts facts, LogSelection selection, List<CollectedFile> files, Instant collectedAt) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("stamp", facts.stamp());
        manifest.put("cloudId", facts.cloudId().getOrNull());
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("from", selection.from().toString());
        range.put("to", selection.to().toString());
        manifest.put("timeRange", range);
        manifest.put("roles", selection.roles().map(LogRole::name).toJavaList());
        manifest.put("files", files.map(CollectedLogs.CollectedFile::asJson).toJavaList());
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("stackBridge", facts.stackBridgeVersion());
        versions.put("java", System.getProperty("java.version"));
        manifest.put("versions", versions);
        manifest.put("collectedAt", collectedAt.toString());
        try {
            return JSON.writeValueAsBytes(manifest);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
