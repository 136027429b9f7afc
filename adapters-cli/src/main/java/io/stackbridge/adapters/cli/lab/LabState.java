package io.stackbridge.adapters.cli.lab;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * What survives between two {@code lab} commands: which lab is started, how many hints it gave, whether
 * its last check passed, what it broke (to undo on reset) and the onboarding request it handed out.
 */
record LabState(Option<LabName> started, int hints, boolean fixed, List<Undo> broken, Option<OnboardingRequest> request) {

    static final LabState NONE = new LabState(Option.none(), 0, false, List.empty(), Option.none());

    LabState {
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(broken, "broken");
        Objects.requireNonNull(request, "request");
    }

    static LabState started(LabName lab, List<Undo> broken, Option<OnboardingRequest> request) {
        return new LabState(Option.some(lab), 0, false, broken, request);
    }

    boolean isStarted(LabName lab) {
        return started.contains(lab);
    }

    LabState withHints(int given) {
        return new LabState(started, given, fixed, broken, request);
    }

    LabState withFixed(boolean passed) {
        return new LabState(started, hints, passed, broken, request);
    }
}
