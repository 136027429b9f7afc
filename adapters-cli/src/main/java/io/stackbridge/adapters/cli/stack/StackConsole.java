package io.stackbridge.adapters.cli.stack;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.domain.bridge.BridgeFailure;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.error.LocalizedText;
import io.stackbridge.domain.text.Language;

import java.nio.charset.Charset;
import java.util.function.Consumer;

/**
 * What a stack-side command says, in the language chosen: results on standard output, and every
 * error as its code, its cause on one line and its remediation on standard error, never a stack trace.
 */
public final class StackConsole {

    private final ConsoleOutput console;
    private final CliText text;
    private final Language language;
    private final boolean ascii;

    private StackConsole(ConsoleOutput console, Language language, boolean ascii) {
        this.console = console;
        this.text = CliText.in(language);
        this.language = language;
        this.ascii = ascii || !outputShows("✓✗");
    }

    /** Whether standard output's encoding (Java 18+ names it, older ones follow the default) can show {@code text}. */
    private static boolean outputShows(String text) {
        String encoding = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding", ""));
        Charset charset = encoding.isEmpty() || !Charset.isSupported(encoding) ? Charset.defaultCharset() : Charset.forName(encoding);
        return charset.newEncoder().canEncode(text);
    }

    public static StackConsole of(ConsoleOutput console, StackOptions options) {
        return new StackConsole(console, options.language(), options.ascii());
    }

    /** What a command without a stamp says ({@code azure …}), in {@code language}. */
    public static StackConsole of(ConsoleOutput console, Language language) {
        return of(console, language, false);
    }

    /** What a command says in {@code language}, with ASCII marks when asked or when standard output cannot show check marks. */
    public static StackConsole of(ConsoleOutput console, Language language, boolean ascii) {
        return new StackConsole(console, language, ascii);
    }

    public Language language() {
        return language;
    }

    public CliText text() {
        return text;
    }

    /** One line of result: the sentence under {@code key}. */
    public void say(String key, Object... arguments) {
        console.line(text.format(key, arguments));
    }

    /** One line about a problem, on standard error: the sentence under {@code key}. */
    public void sayProblem(String key, Object... arguments) {
        console.problem(text.format(key, arguments));
    }

    /** One line of result that is data, not a sentence (a token, a table row). */
    public void show(String data) {
        console.line(data);
    }

    /** The result as one JSON document on standard output (docs/cli.md gives each command's shape). */
    public void json(Object document) {
        io.stackbridge.adapters.cli.console.JsonOutput.print(console, document);
    }

    /** The progress of long work of {@code total} units, on a terminal only, never with {@code --output json}. */
    public io.stackbridge.adapters.cli.console.Progress progress(String key, long total, boolean json) {
        return console.progress(text.format(key), total, !json);
    }

    /** The mark of a step that passed or failed: check marks, or ASCII where they cannot be shown. */
    public String mark(boolean passed) {
        return text.format((ascii ? "mark.ascii." : "mark.") + (passed ? "ok" : "failed"));
    }

    /**
     * Reports {@code error} (code, cause, remediation); the exit code it gets. The emulator's refusal of a missing or wrong
     * admin key speaks of a header; a line then says how a command gives the key.
     */
    public int error(DomainError error) {
        LocalizedText told = ErrorMessages.describe(error, language);
        tell(console::problem, error.code().name(), told.message(), told.remediation());
        if (error.code() == ErrorCode.AdminKeyMissing || error.code() == ErrorCode.AdminKeyInvalid) {
            console.problem(text.format("stack.adminKeyHint"));
        }
        return ExitCodes.of(error);
    }

    /** Reports a problem with the data directory or a file; the exit code it gets. */
    public int problem(StackProblem problem) {
        Object[] values = problem.arguments().toJavaArray();
        tell(console::problem, problem.code(), text.format("problem." + problem.code() + ".message", values),
                text.format("problem." + problem.code() + ".remediation", values));
        return ExitCodes.of(problem);
    }

    /**
     * Reports the failure that stopped the bridge: the code with its message, which carries the
     * cause, on one line; when, attempt and endpoint; then the remediation.
     */
    public void bridgeFailure(BridgeFailure failure, boolean asProblem) {
        Consumer<String> to = asProblem ? console::problem : console::line;
        LocalizedText told = failure.describe(language);
        to.accept(text.format(asProblem ? "stack.error" : "failure.head", failure.code().name(), oneLine(told.message())));
        to.accept(text.format("failure.detail", failure.at(), failure.attempts(), failure.endpoint()));
        to.accept(text.format("stack.remediation", oneLine(told.remediation())));
    }

    private void tell(Consumer<String> to, String code, String message, String remediation) {
        to.accept(text.format("stack.error", code, oneLine(message)));
        to.accept(text.format("stack.remediation", oneLine(remediation)));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
