package io.stackbridge.adapters.support.logs;

import io.vavr.collection.List;

import java.util.LinkedHashMap;
import java.util.Map;

/** A collection's result: how many bytes the ZIP holds, what it holds, and the selection it was made for. */
public record CollectedLogs(long bytes, List<CollectedFile> files, LogSelection selection) {

    /** One file of the bundle: its name in the ZIP, its role, its size and how many lines it holds. */
    public record CollectedFile(String name, LogRole role, long bytes, int lines) {

        /** The file as the manifest and {@code support logs --output json} both write it. */
        public Map<String, Object> asJson() {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", name);
            entry.put("role", role.name());
            entry.put("bytes", bytes);
            entry.put("lines", lines);
            return entry;
        }
    }

    /** The manifest's name in the ZIP. */
    public static final String MANIFEST = "manifest.json";
}
