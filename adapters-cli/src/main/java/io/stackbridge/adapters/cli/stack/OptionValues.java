package io.stackbridge.adapters.cli.stack;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Option values read through the domain's rules: a value the rules refuse is a usage error naming the option and every problem. */
public final class OptionValues {

    private OptionValues() {
    }

    public static <T> T valid(CommandSpec spec, CliText text, String option, Validation<Seq<Violation>, T> value) {
        return value.toEither().getOrElseThrow(problems -> new ParameterException(spec.commandLine(), text.format("stack.invalidOption", option, problems)));
    }

    /** A count that must lie in [lowest, highest]. */
    public static int within(CommandSpec spec, CliText text, String option, int value, int lowest, int highest) {
        if (value < lowest || value > highest) {
            throw new ParameterException(spec.commandLine(), text.format("stack.outOfRange", option, value, lowest, highest));
        }
        return value;
    }
}
