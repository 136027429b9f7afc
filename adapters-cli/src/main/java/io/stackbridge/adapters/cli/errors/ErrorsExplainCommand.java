package io.stackbridge.adapters.cli.errors;

import io.stackbridge.adapters.cli.CommandGroup;
import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.Subcommand;
import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.console.JsonOutput;
import io.stackbridge.adapters.cli.console.LanguageOption;
import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.domain.error.ErrorCode;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code stackbridge errors explain CODE}: one code in full; a name that is no code is a usage error naming the close ones. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Explains one error code: its category, HTTP status, recovery, message, remediation, and the fault preset "
                + "or lab that reproduces it.")
public final class ErrorsExplainCommand implements Subcommand {

    @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "code",
            description = "The code, as on the wire (NetworkError); any case.")
    private String typed;

    @Mixin
    private LanguageOption lang;

    @Mixin
    private OutputOption output;

    @Spec
    private CommandSpec spec;

    private final ConsoleOutput console;

    @Inject
    public ErrorsExplainCommand(ConsoleOutput console) {
        this.console = console;
    }

    @Override
    public Option<Class<? extends CommandGroup>> group() {
        return Option.some(ErrorsCommands.class);
    }

    @Override
    public Integer call() {
        CliText text = CliText.in(lang.language());
        ErrorCode code = CloseCodes.named(typed).getOrElseThrow(() -> unknown(text));
        CatalogEntry entry = CatalogEntry.of(code, lang.language());
        if (output.json()) {
            JsonOutput.print(console, entry);
            return ExitCodes.OK;
        }
        console.line(code.name());
        say(text, "errors.explain.category", CatalogTexts.category(text, code));
        say(text, "errors.explain.http", CatalogTexts.httpStatus(text, code));
        say(text, "errors.explain.recovery", CatalogTexts.recovery(text, code));
        say(text, "errors.explain.message", entry.message());
        say(text, "errors.explain.remediation", entry.remediation());
        if (entry.reproduce().isEmpty()) {
            say(text, "errors.explain.noReproduction");
        } else {
            say(text, "errors.explain.reproduce");
            entry.reproduce().forEach(command -> console.line("    " + command));
        }
        return ExitCodes.OK;
    }

    private void say(CliText text, String key, Object... arguments) {
        console.line(text.format(key, arguments));
    }

    private ParameterException unknown(CliText text) {
        List<ErrorCode> near = CloseCodes.near(typed);
        return new ParameterException(spec.commandLine(), near.isEmpty() ? text.format("errors.unknown", typed)
                : text.format("errors.unknown.near", typed, near.map(ErrorCode::name).mkString(", ")));
    }
}
