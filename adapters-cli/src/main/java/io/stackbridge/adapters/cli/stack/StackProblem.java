package io.stackbridge.adapters.cli.stack;

import io.vavr.collection.List;

import java.nio.file.Path;

/**
 * Why a stack-side command could not work with the stamp's data directory or its files, one record
 * per code; each names its sentences ({@code problem.<code>.message}, {@code .remediation}) and values.
 */
public sealed interface StackProblem {

    /** The code shown first, as the catalog's codes are. */
    default String code() {
        return getClass().getSimpleName();
    }

    List<Object> arguments();

    /** The data directory holds no stamp yet. */
    record StampNotInitialized(Path dataDirectory) implements StackProblem {
        public List<Object> arguments() {
            return List.of(dataDirectory);
        }
    }

    /** {@code stamp init} on a data directory that already holds a stamp. */
    record StampAlreadyInitialized(Path dataDirectory, String cloudId) implements StackProblem {
        public List<Object> arguments() {
            return List.of(dataDirectory, cloudId);
        }
    }

    /** The emulator's CA certificate ({@code --ca}) is missing, unreadable or no PEM certificate. */
    record CaCertificateUnusable(Path file, String reason) implements StackProblem {
        public List<Object> arguments() {
            return List.of(file, reason);
        }
    }

    /** The activation key file ({@code --key}) is missing, unreadable or empty. */
    record ActivationKeyUnreadable(String source) implements StackProblem {
        public List<Object> arguments() {
            return List.of(source);
        }
    }

    /** The stamp's database cannot be opened, read or written. */
    record DataStoreUnavailable(String reason) implements StackProblem {
        public List<Object> arguments() {
            return List.of(reason);
        }
    }

    /** The stamp's database was written by a newer StackBridge. */
    record DataSchemaTooNew(String reason) implements StackProblem {
        public List<Object> arguments() {
            return List.of(reason);
        }
    }

    /** A downloaded package file whose MD5 is not the one Azure names (mktstack); the file was dropped. */
    record PackageDigestMismatch(String product, String file, String expected, String actual) implements StackProblem {
        public List<Object> arguments() {
            return List.of(product, file, expected, actual);
        }
    }

    /** {@code marketplace remove} of a product the stamp's gallery does not hold (mktstack). */
    record ProductNotInGallery(String product) implements StackProblem {
        public List<Object> arguments() {
            return List.of(product);
        }
    }
}
