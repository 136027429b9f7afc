package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackProblem;
import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.text.Language;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The labs of one stamp for a caller other than a terminal (the portal): the same work and the same
 * sentences as the {@code lab} commands, their lines collected instead of printed, the lab's state kept in
 * {@code directory} ({@code lab.properties}, as the commands keep it beside {@code stamp.db}).
 * One lab request at a time.
 */
public final class LabDesk {

    /** How many hints each lab has, as {@code lab hint} counts them. */
    public static final int HINTS = LabHintCommand.HINTS;

    /** How the desk opens a session on its stamp, what it says told to {@code out}; a stamp that cannot be opened is a problem. */
    @FunctionalInterface
    public interface Sessions {
        Either<StackProblem, Integer> open(StackConsole out, Function<LabSession, Integer> work);
    }

    /** The lab started on the stamp: which, when, how many hints it gave, whether its last check passed. */
    public record Current(LabName lab, Option<Instant> startedAt, int hints, boolean fixed) {
    }

    /** What a request did, and the lines the command would have printed. */
    public record Told<T>(Either<LabTrouble, T> outcome, List<String> lines) {
    }

    /** A started lab: the symptom met ({@code CODE: message}), or the sentence of a command that worked (nothing broken). */
    public record Started(String symptom, boolean broken) {
    }

    /** A hint: its number (0 when the lab is not the one started) and its text. */
    public record Hint(int number, String text) {
    }

    private final Path directory;
    private final Sessions sessions;

    public LabDesk(Path directory, Sessions sessions) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    public Option<Current> current() {
        LabState state = LabStateFile.read(directory);
        return state.started().map(lab -> new Current(lab, state.startedAt(), state.hints(), state.fixed()));
    }

    /**
     * Starts the lab as {@code lab start} does. A bridge lab whose symptom the diagnosis shows (the certificate
     * lab) then also runs the bridge once, quietly, so that the failure shows where the page shows the bridge.
     */
    public synchronized Told<Started> start(LabName lab, Language language) {
        return inSession(language, (session, answer) -> LabPlays.start(session, directory, lab).fold(error -> {
            answer.set(Either.left(error));
            return session.out().error(error);
        }, probe -> {
            if (Labs.of(lab) instanceof BridgeLab bridge && bridge.diagnoseOnly() && !probe.fixed()) {
                session.stamp().runBridge().run();
            }
            answer.set(Either.right(new Started(probe.outcome().fold(met -> session.text("lab.symptom", met.code().name(), met.message()),
                    worked -> worked), !probe.fixed())));
            return LabPlays.started(probe);
        }));
    }

    public synchronized Told<Boolean> check(LabName lab, Language language) {
        LabState state = LabStateFile.read(directory);
        if (!state.isStarted(lab)) {
            return new Told<>(Either.right(false), List.of(notStarted(lab, state, language)));
        }
        return inSession(language, (session, answer) -> {
            Probe probe = LabPlays.check(session, directory, state, lab);
            LabPlays.tell(session.out(), lab, probe);
            answer.set(Either.right(probe.fixed()));
            return 0;
        });
    }

    public synchronized Told<Hint> hint(LabName lab, Language language) {
        LabState state = LabStateFile.read(directory);
        if (!state.isStarted(lab)) {
            String told = notStarted(lab, state, language);
            return new Told<>(Either.right(new Hint(0, told)), List.of(told));
        }
        return inSession(language, (session, answer) -> {
            int number = LabPlays.hint(session.out(), directory, state, lab, session.stamp().readRegionProperties().properties(),
                    session.defaults());
            Object[] values = Labs.of(lab).hintValues(state, LabPlays.registration(session.stamp().readRegionProperties().properties(),
                    session.defaults()));
            answer.set(Either.right(new Hint(number, session.text("lab." + lab.labName() + ".hint." + number, values))));
            return 0;
        });
    }

    /**
     * Puts back what {@code lab} broke when it is the lab started; whether no lab is started any more. Another
     * lab started is left as it is, and told (as {@code check} tells it).
     */
    public synchronized Told<Boolean> reset(LabName lab, Language language) {
        LabState state = LabStateFile.read(directory);
        if (state.started().isDefined() && !state.isStarted(lab)) {
            return new Told<>(Either.right(false), List.of(notStarted(lab, state, language)));
        }
        if (state.started().isEmpty()) {
            return new Told<>(Either.right(true), List.of(io.stackbridge.adapters.cli.console.CliText.in(language).format("lab.reset.nothing")));
        }
        return inSession(language, (session, answer) -> {
            List<Symptom> failed = LabPlays.reset(session, directory, state);
            answer.set(Either.right(failed.isEmpty()));
            return 0;
        });
    }

    private String notStarted(LabName lab, LabState state, Language language) {
        String started = state.started().map(LabName::labName).getOrElse("");
        return io.stackbridge.adapters.cli.console.CliText.in(language)
                .format(started.isEmpty() ? "lab.notStarted.none" : "lab.notStarted.other", lab.labName(), started);
    }

    /** Work on a session whose lines are collected; what it sets as its answer, or the problem opening the stamp. */
    private <T> Told<T> inSession(Language language, Work<T> work) {
        StringWriter lines = new StringWriter();
        PrintWriter writer = new PrintWriter(lines, true);
        StackConsole out = StackConsole.of(new ConsoleOutput(writer, writer), language, false);
        AtomicReference<Either<DomainError, T>> answer = new AtomicReference<>();
        Either<StackProblem, Integer> ran;
        try {
            ran = sessions.open(out, session -> work.apply(session, answer));
        } catch (LabBridgeBusy busy) {
            return new Told<>(Either.left(new LabTrouble.BridgeBusy(busy.waited())), List.empty());
        }
        Either<LabTrouble, T> outcome = ran.isLeft() ? Either.left(new LabTrouble.StampUnopened(ran.getLeft()))
                : answer.get().mapLeft(LabTrouble.Refused::new);
        return new Told<>(outcome, List.of(lines.toString().split("\\R")).filter(line -> !line.isBlank()));
    }


    @FunctionalInterface
    private interface Work<T> {
        int apply(LabSession session, AtomicReference<Either<DomainError, T>> answer);
    }
}
