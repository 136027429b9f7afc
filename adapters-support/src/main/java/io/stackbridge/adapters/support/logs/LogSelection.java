package io.stackbridge.adapters.support.logs;

import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.ValueType;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Try;
import io.vavr.control.Validation;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Which lines a collection takes: those of {@code roles} written from {@code from} to {@code to}, both
 * included. As Azure Stack Hub's log collection does, the last {@link #DEFAULT_WINDOW} when no time is
 * given, all roles when none is named.
 */
public record LogSelection(List<LogRole> roles, Instant from, Instant to) {

    public static final Duration DEFAULT_WINDOW = Duration.ofHours(4);

    public LogSelection {
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (roles.isEmpty() || from.isAfter(to)) {
            throw new IllegalArgumentException("a selection names a role and runs forwards: " + roles + ", " + from + ", " + to);
        }
    }

    public boolean covers(Instant at) {
        return !at.isBefore(from) && !at.isAfter(to);
    }

    /**
     * The selection as written (roles separated by commas; instants in ISO 8601 with an offset, such as
     * {@code 2026-12-05T04:00:00Z}), every problem at once; fields {@code roles}, {@code from}, {@code to}.
     */
    public static Validation<Seq<Violation>, LogSelection> parse(Option<String> roles, Option<String> from, Option<String> to,
                                                                 Instant now) {
        Validation<Seq<Violation>, List<LogRole>> chosen = roles(roles);
        Validation<Seq<Violation>, Option<Instant>> start = instant("from", from);
        Validation<Seq<Violation>, Option<Instant>> end = instant("to", to);
        return Validation.combine(chosen, start, end).ap(Parts::new).mapError(nested -> nested.flatMap(problems -> problems))
                .flatMap(parts -> parts.selection(now));
    }

    /** What was read, before the range is checked. */
    private record Parts(List<LogRole> roles, Option<Instant> from, Option<Instant> to) {
        Validation<Seq<Violation>, LogSelection> selection(Instant now) {
            Instant until = to.getOrElse(() -> wholeSecondFrom(now));
            Instant begin = from.getOrElse(until.minus(DEFAULT_WINDOW));
            return begin.isAfter(until)
                    ? Validation.invalid(List.of(Violation.of("from", begin.toString(), Rule.CONFLICTS_WITH, "to", until.toString())))
                    : Validation.valid(new LogSelection(roles, begin, until));
        }
    }

    /** {@code now}, or the next whole second: a default end that reads well and still covers every line written so far. */
    private static Instant wholeSecondFrom(Instant now) {
        Instant whole = now.truncatedTo(ChronoUnit.SECONDS);
        return whole.isBefore(now) ? whole.plusSeconds(1) : whole;
    }

    private static Validation<Seq<Violation>, List<LogRole>> roles(Option<String> written) {
        if (written.isEmpty() || written.get().isBlank()) {
            return Validation.valid(LogRole.all());
        }
        List<String> names = List.of(written.get().split(",")).map(String::strip).filter(name -> !name.isEmpty());
        List<Violation> unknown = names.filter(name -> LogRole.named(name).isEmpty())
                .map(name -> Violation.of("roles", name, Rule.UNKNOWN_VALUE, "AzureBridge, WAS, WASPublic"));
        if (!unknown.isEmpty()) {
            return Validation.invalid(unknown);
        }
        List<LogRole> named = names.flatMap(LogRole::named).distinct();
        return named.isEmpty() ? Validation.valid(LogRole.all()) : Validation.valid(LogRole.all().filter(named::contains));
    }

    private static Validation<Seq<Violation>, Option<Instant>> instant(String field, Option<String> written) {
        if (written.isEmpty() || written.get().isBlank()) {
            return Validation.valid(Option.none());
        }
        String text = written.get().strip();
        return Try.of(() -> OffsetDateTime.parse(text).toInstant()).toOption().map(Option::some)
                .<Validation<Seq<Violation>, Option<Instant>>>map(Validation::valid)
                .getOrElse(() -> Validation.invalid(List.of(Violation.of(field, text, Rule.WRONG_TYPE, ValueType.TIME))));
    }
}
