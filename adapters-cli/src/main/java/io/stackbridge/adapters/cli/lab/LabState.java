package io.stackbridge.adapters.cli.lab;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What survives between two {@code lab} commands: which lab is started, how many hints it gave, whether
 * its last check passed, what it broke (to undo on reset), the onboarding request it handed out, and
 * when it was started (unknown for a state written before this was kept).
 */
record LabState(Option<LabName> started, int hints, boolean fixed, List<Undo> broken, Option<OnboardingRequest> request,
                Option<Instant> startedAt) {

    static final LabState NONE = new LabState(Option.none(), 0, false, List.empty(), Option.none(), Option.none());

    LabState {
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(broken, "broken");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    static LabState started(LabName lab, List<Undo> broken, Option<OnboardingRequest> request) {
        return new LabState(Option.some(lab), 0, false, broken, request, Option.some(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    }

    boolean isStarted(LabName lab) {
        return started.contains(lab);
    }

    LabState withHints(int given) {
        return new LabState(started, given, fixed, broken, request, startedAt);
    }

    LabState withFixed(boolean passed) {
        return new LabState(started, hints, passed, broken, request, startedAt);
    }
}
