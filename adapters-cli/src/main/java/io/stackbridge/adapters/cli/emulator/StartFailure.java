package io.stackbridge.adapters.cli.emulator;

import io.stackbridge.adapters.support.access.AdminKey;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

import java.nio.file.Path;

/** Why an emulator did not start, one record per cause, each naming its sentence in the CLI's messages and the values for it. */
public sealed interface StartFailure {

    String messageKey();

    List<Object> messageArguments();

    /** Something else listens on the port. */
    record PortInUse(String host, int port) implements StartFailure {
        public String messageKey() {
            return "failure.portInUse";
        }

        public List<Object> messageArguments() {
            return List.of(host, port);
        }
    }

    /** A file named by an option ({@code --world}, {@code --cert}, {@code --key}) does not exist or cannot be read. */
    record FileUnreadable(String option, Path file) implements StartFailure {
        public String messageKey() {
            return "failure.fileUnreadable";
        }

        public List<Object> messageArguments() {
            return List.of(option, file);
        }
    }

    /** The world file exists but cannot be read as text. */
    record WorldFileUnreadable(Path file, String reason) implements StartFailure {
        public String messageKey() {
            return "failure.worldFileUnreadable";
        }

        public List<Object> messageArguments() {
            return List.of(file, reason);
        }
    }

    /** The world file was read but breaks the format; every problem is named by its JSON path. */
    record WorldFileInvalid(Path file, Seq<Violation> problems) implements StartFailure {
        public String messageKey() {
            return "failure.worldFileInvalid";
        }

        public List<Object> messageArguments() {
            return List.of(file, problems);
        }
    }

    /** The certificate (given, or kept in the state directory) cannot be read or used. */
    record CertificateUnusable(String reason) implements StartFailure {
        public String messageKey() {
            return "failure.certificateUnusable";
        }

        public List<Object> messageArguments() {
            return List.of(reason);
        }
    }

    /** Any other reason (an unknown host, a state directory that cannot be written…). */
    record CannotStart(String reason) implements StartFailure {
        public String messageKey() {
            return "failure.cannotStart";
        }

        public List<Object> messageArguments() {
            return List.of(reason);
        }
    }

    /** {@code --auth off} or {@code basic} on an address other machines may reach, without {@code --allow-weak-auth}. */
    record WeakAuthBeyondLoopback(String host, String auth) implements StartFailure {
        public String messageKey() {
            return "failure.weakAuthBeyondLoopback";
        }

        public List<Object> messageArguments() {
            return List.of(host, auth);
        }
    }

    /** The admin key given by {@code origin} ({@code --admin-key}, {@code STACKBRIDGE_ADMIN_KEY}) breaks the rule; the key is never repeated. */
    record AdminKeyUnusable(String origin) implements StartFailure {
        public String messageKey() {
            return "failure.adminKeyUnusable";
        }

        public List<Object> messageArguments() {
            return List.of(origin, AdminKey.MIN_LENGTH, AdminKey.MAX_LENGTH);
        }
    }

    /** {@code --http-port} on an address other machines may reach, without {@code --allow-plain-http}: the admin key and tokens would cross in clear. */
    record PlainHttpBeyondLoopback(String host) implements StartFailure {
        public String messageKey() {
            return "failure.plainHttpBeyondLoopback";
        }

        public List<Object> messageArguments() {
            return List.of(host);
        }
    }

    /** {@code --host} is neither an IP address nor a DNS name; nothing is bound. */
    record HostUnusable(String host) implements StartFailure {
        public String messageKey() {
            return "failure.hostUnusable";
        }

        public List<Object> messageArguments() {
            return List.of(host);
        }
    }

    /** {@code --host} names no address of this machine: a name that does not resolve, or another machine's address. */
    record HostNotHere(String host) implements StartFailure {
        public String messageKey() {
            return "failure.hostNotHere";
        }

        public List<Object> messageArguments() {
            return List.of(host);
        }
    }
}
