package io.stackbridge.adapters.support.logs;

import io.vavr.collection.List;

/** A collection's result: how many bytes the ZIP holds, what it holds, and the selection it was made for. */
public record CollectedLogs(long bytes, List<CollectedFile> files, LogSelection selection) {

    /** One file of the bundle: its name in the ZIP, its role, its size and how many lines it holds. */
    public record CollectedFile(String name, LogRole role, long bytes, int lines) {
    }

    /** The manifest's name in the ZIP. */
    public static final String MANIFEST = "manifest.json";
}
