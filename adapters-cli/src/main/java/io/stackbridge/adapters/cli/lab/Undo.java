package io.stackbridge.adapters.cli.lab;

import io.vavr.control.Option;

/**
 * One thing a started lab broke, kept in the lab's state so that {@code lab reset} can put it back:
 * a fault rule it added, the multi-tenancy approval it took back,
 * the billing model it changed on the stamp, or the registration it deleted.
 */
sealed interface Undo {

    /** How the state file writes it. */
    String written();

    /** A fault rule the lab added, removed by its ID. */
    record FaultRule(String id) implements Undo {
        public String written() {
            return "fault:" + id;
        }
    }

    /** The stamp's registration, its multi-tenancy approval taken back. */
    record RevokedApproval() implements Undo {
        public String written() {
            return "approval";
        }
    }

    /** The stamp, registered again with the Capacity billing model. */
    record CapacityBilling() implements Undo {
        public String written() {
            return "billing";
        }
    }

    /** The stamp's registration, deleted in Azure; reset registers the stamp again. */
    record RemovedRegistration() implements Undo {
        public String written() {
            return "registration";
        }
    }

    /** Reads what {@link #written()} wrote; anything else is not an undo. */
    static Option<Undo> read(String text) {
        if (text.startsWith("fault:") && text.length() > "fault:".length()) {
            return Option.some(new FaultRule(text.substring("fault:".length())));
        }
        return switch (text) {
            case "approval" -> Option.some(new RevokedApproval());
            case "billing" -> Option.some(new CapacityBilling());
            case "registration" -> Option.some(new RemovedRegistration());
            default -> Option.none();
        };
    }
}
