package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.stack.StackConsole;

/**
 * What {@code lab start} tells once the lab is broken: the onboarding request it hands out, if any,
 * then only the symptom (the command an operator ran and the code and message it met), then what to do next.
 */
final class LabStory {

    private LabStory() {
    }

    static int symptom(LabSession session, LabState state, Probe probe) {
        StackConsole out = session.out();
        LabName lab = state.started().get();
        state.request().forEach(request -> {
            out.say("lab.request.heading", request.customer());
            out.say("lab.request.tenant", request.tenant().value());
            out.say("lab.request.customerSubscription", request.customerSubscription());
            out.say("lab.request.registration", request.registrationName(), request.resourceGroup().value(),
                    request.subscription().value());
        });
        out.say("lab.start.symptom");
        out.show("  $ " + probe.command());
        if (probe.fixed()) {
            out.say("lab.start.notBroken", lab.labName(), probe.outcome().get());
            return ExitCodes.FAILURE;
        }
        Symptom met = probe.outcome().getLeft();
        out.show("  " + session.text("lab.symptom", met.code().name(), met.message()));
        out.say("lab.start.next", lab.labName());
        return ExitCodes.OK;
    }
}
