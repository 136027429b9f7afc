package io.stackbridge.adapters.cli.support;

import io.stackbridge.adapters.support.logs.LogSelection;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What {@code support logs} checks before it reads anything: the selection, where the bundle goes, and
 * the data directory; every problem at once, the operator's input first.
 */
final class SupportChecks {

    /** What passed every check: the lines to collect and the file they go to. */
    record Checked(LogSelection selection, Path file) {
    }

    private SupportChecks() {
    }

    static Either<List<SupportProblem>, Checked> all(String roles, String from, String to, Path out, boolean force, Path dataDirectory,
                                                      Instant now) {
        Either<List<SupportProblem>, LogSelection> selection = selection(roles, from, to, now);
        Either<SupportProblem, Path> file = destination(out, force);
        Either<SupportProblem, Path> data = dataDirectory(dataDirectory);
        List<SupportProblem> problems = selection.swap().getOrElse(List.empty()).appendAll(file.swap()).appendAll(data.swap());
        return problems.isEmpty() ? Either.right(new Checked(selection.get(), file.get())) : Either.left(problems);
    }

    static Either<List<SupportProblem>, LogSelection> selection(String roles, String from, String to, Instant now) {
        return LogSelection.parse(Option.of(roles), Option.of(from), Option.of(to), now).toEither()
                .mapLeft(problems -> List.ofAll(problems).map(SupportChecks::problem));
    }

    private static SupportProblem problem(Violation violation) {
        if (violation.field().equals("roles")) {
            return new SupportProblem.UnknownLogRole(violation.value());
        }
        if (violation.rule() == Rule.CONFLICTS_WITH) {
            return new SupportProblem.LogRangeReversed(violation.value(), String.valueOf(violation.ruleArguments().last()));
        }
        return new SupportProblem.LogTimeUnreadable("--" + violation.field(), violation.value());
    }

    /** Where the bundle goes: a file in an existing folder, one that does not exist yet unless {@code force}, never a folder. */
    static Either<SupportProblem, Path> destination(Path out, boolean force) {
        Path file = out.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return Either.left(new SupportProblem.BundleFolderMissing(folder == null ? file : folder));
        }
        if (Files.isDirectory(file) || Files.exists(file) && !force) {
            return Either.left(new SupportProblem.BundleAlreadyExists(file));
        }
        return Either.right(file);
    }

    static Either<SupportProblem, Path> dataDirectory(Path directory) {
        return Files.isDirectory(directory) && Files.isReadable(directory) && Files.isExecutable(directory)
                ? Either.right(directory)
                : Either.left(new SupportProblem.DataDirectoryUnreadable(directory));
    }
}
