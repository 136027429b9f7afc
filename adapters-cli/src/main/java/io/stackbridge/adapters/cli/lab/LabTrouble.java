package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.stack.StackProblem;
import io.stackbridge.domain.error.DomainError;

import java.time.Duration;
import java.util.Objects;

/** Why a lab request from the page did not do its work: the stamp could not be opened, a step was refused, or the bridge stayed busy. */
public sealed interface LabTrouble {

    /** The stamp (or its directory) could not be opened. */
    record StampUnopened(StackProblem problem) implements LabTrouble {
        public StampUnopened {
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** A step of the lab was refused with a coded error. */
    record Refused(DomainError error) implements LabTrouble {
        public Refused {
            Objects.requireNonNull(error, "error");
        }
    }

    /** The bridge was still finishing a run of its own after {@code waited}. */
    record BridgeBusy(Duration waited) implements LabTrouble {
        public BridgeBusy {
            Objects.requireNonNull(waited, "waited");
        }
    }
}
