package io.stackbridge.adapters.cli.console;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.ArrayList;
import java.util.List;

/**
 * picocli quotes back every word it could not place: after a misspelt option ({@code --client-secrte
 * S3CRET}) that is the secret meant for the real one. The value of an unknown option, the word right
 * after it or what follows its {@code =}, is shown as {@value #HIDDEN} instead; a misspelt command
 * name, which follows no option, stays as typed so that the suggestions still help.
 */
public final class UnknownOptionValues {

    static final String HIDDEN = "***";

    private UnknownOptionValues() {
    }

    /** Wraps {@code line}'s handler of usage errors so that no unknown option's value reaches the console. */
    public static void hideIn(CommandLine line) {
        CommandLine.IParameterExceptionHandler plain = line.getParameterExceptionHandler();
        line.setParameterExceptionHandler((problem, args) -> plain.handleParseException(hidden(problem), args));
    }

    /** {@code problem} with the values of its unknown options hidden; any other problem as it is. */
    static ParameterException hidden(ParameterException problem) {
        if (!(problem instanceof UnmatchedArgumentException unmatched)) {
            return problem;
        }
        List<String> shown = new ArrayList<>();
        boolean afterOption = false;
        for (String word : unmatched.getUnmatched()) {
            boolean option = word.startsWith("-");
            int equals = word.indexOf('=');
            shown.add(option && equals > 0 ? word.substring(0, equals + 1) + HIDDEN : !option && afterOption ? HIDDEN : word);
            afterOption = option && equals < 0;
        }
        return new UnmatchedArgumentException(unmatched.getCommandLine(), shown);
    }
}
