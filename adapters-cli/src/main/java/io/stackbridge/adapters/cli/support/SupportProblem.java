package io.stackbridge.adapters.cli.support;

import io.vavr.collection.List;

import java.nio.file.Path;

/**
 * Why {@code support logs} wrote no bundle, one record per code; each names its sentences
 * ({@code support.problem.<code>.message}, {@code .remediation}) and values.
 */
public sealed interface SupportProblem {

    /** The code shown first, as the catalog's codes are. */
    default String code() {
        return getClass().getSimpleName();
    }

    List<Object> arguments();

    /** {@code --roles} names a role the stamp has no log for. */
    record UnknownLogRole(String role) implements SupportProblem {
        public List<Object> arguments() {
            return List.of(role);
        }
    }

    /** {@code --from} or {@code --to} is no ISO 8601 date and time with an offset. */
    record LogTimeUnreadable(String option, String value) implements SupportProblem {
        public List<Object> arguments() {
            return List.of(option, value);
        }
    }

    /** {@code --from} comes after {@code --to}. */
    record LogRangeReversed(String from, String to) implements SupportProblem {
        public List<Object> arguments() {
            return List.of(from, to);
        }
    }

    /** The folder {@code --out} names does not exist. */
    record BundleFolderMissing(Path folder) implements SupportProblem {
        public List<Object> arguments() {
            return List.of(folder);
        }
    }

    /** {@code --out} names a file that exists, without {@code --force}, or a folder. */
    record BundleAlreadyExists(Path file) implements SupportProblem {
        public List<Object> arguments() {
            return List.of(file);
        }
    }

    /** The data directory is absent or cannot be read. */
    record DataDirectoryUnreadable(Path directory) implements SupportProblem {
        public List<Object> arguments() {
            return List.of(directory);
        }
    }

    /** A log file could not be read. */
    record LogsUnreadable(Path folder, String reason) implements SupportProblem {
        public List<Object> arguments() {
            return List.of(folder, reason);
        }
    }

    /** The bundle could not be written. */
    record BundleNotWritten(Path file, String reason) implements SupportProblem {
        public List<Object> arguments() {
            return List.of(file, reason);
        }
    }
}
