package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.console.JsonOutput;
import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.adapters.cli.console.TextTable;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackProblem;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.text.Language;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.util.function.Function;

/**
 * What an {@code azure} command says: a result as one JSON document ({@code --output json}) or as
 * sentences and tables for people, and every error as its code, cause and remediation on standard
 * error, with the exit code {@link ExitCodes} gives it.
 */
public final class AzureTerminal {

    private final ConsoleOutput console;
    private final StackConsole errors;
    private final CliText text;
    private final boolean json;

    AzureTerminal(ConsoleOutput console, Language language, OutputOption output) {
        this.console = console;
        this.errors = StackConsole.of(console, language);
        this.text = CliText.in(language);
        this.json = output != null && output.json();
    }

    public CliText text() {
        return text;
    }

    public boolean json() {
        return json;
    }

    /** One sentence for people; nothing with {@code --output json}. */
    public void say(String key, Object... arguments) {
        if (!json) {
            console.line(text.format(key, arguments));
        }
    }

    /** The result: {@code document} as JSON, or {@code forPeople} as told. */
    public int result(Object document, Runnable forPeople) {
        if (json) {
            JsonOutput.print(console, document);
        } else {
            forPeople.run();
        }
        return ExitCodes.OK;
    }

    /** A table with headings under {@code key.heading.*}; a line under {@code empty} instead when it has no rows. */
    public void table(List<String> headingKeys, List<List<String>> rows, String empty) {
        if (rows.isEmpty()) {
            console.line(text.format(empty));
            return;
        }
        TextTable.of(headingKeys.map(text::format)).rows(rows).print(console);
    }

    /** The exit code of {@code outcome}: {@code done}'s when it succeeded, the error's (reported) otherwise. */
    public <T> int answer(Either<DomainError, T> outcome, Function<T, Integer> done) {
        return outcome.fold(errors::error, done);
    }

    public int error(DomainError error) {
        return errors.error(error);
    }

    public int problem(StackProblem problem) {
        return errors.problem(problem);
    }
}
