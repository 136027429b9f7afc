package io.stackbridge.adapters.cli.stamp;

import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.domain.stamp.RegistrationRun;
import io.stackbridge.domain.stamp.RegistrationStep;
import io.stackbridge.domain.stamp.StepOutcome;
import io.vavr.collection.List;

/** Shows the steps of a registration: each one reached with its mark, then the ones it never got to. */
final class RegistrationSteps {

    private RegistrationSteps() {
    }

    static void show(StackConsole out, RegistrationRun run) {
        for (StepOutcome outcome : run.steps()) {
            out.say("step.line", out.mark(outcome.succeeded()), name(out, outcome.step()));
        }
        List.of(RegistrationStep.values()).drop(run.steps().size())
                .forEach(step -> out.say("step.notRun", name(out, step)));
    }

    private static String name(StackConsole out, RegistrationStep step) {
        return out.text().format("registration.step." + step.name());
    }
}
