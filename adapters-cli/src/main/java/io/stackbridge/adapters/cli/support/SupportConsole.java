package io.stackbridge.adapters.cli.support;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.console.JsonOutput;
import io.stackbridge.adapters.cli.console.TextTable;
import io.stackbridge.adapters.support.logs.CollectedLogs;
import io.stackbridge.adapters.support.logs.LogRole;
import io.stackbridge.domain.text.Language;
import io.vavr.collection.List;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What {@code support logs} says: the bundle's summary (a table, or JSON), or a problem as its code, cause and remediation. */
final class SupportConsole {

    private final ConsoleOutput console;
    private final CliText text;

    SupportConsole(ConsoleOutput console, Language language) {
        this.console = console;
        this.text = CliText.in(language);
    }

    /** Every problem, each with its remediation; the exit code is the first one's. */
    int problems(List<SupportProblem> problems) {
        problems.forEach(this::problem);
        return ExitCodes.of(problems.head());
    }

    int problem(SupportProblem problem) {
        Object[] values = problem.arguments().toJavaArray();
        console.problem(text.format("stack.error", problem.code(), text.format("support.problem." + problem.code() + ".message", values)));
        console.problem(text.format("stack.remediation", text.format("support.problem." + problem.code() + ".remediation", values)));
        return ExitCodes.of(problem);
    }

    int collected(Path file, CollectedLogs logs, String cloudId, boolean json) {
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("out", file.toString());
            document.put("bytes", logs.bytes());
            document.put("cloudId", cloudId);
            document.put("from", logs.selection().from().toString());
            document.put("to", logs.selection().to().toString());
            document.put("roles", logs.selection().roles().map(LogRole::name).toJavaList());
            document.put("files", logs.files().map(CollectedLogs.CollectedFile::asJson).toJavaList());
            JsonOutput.print(console, document);
            return ExitCodes.OK;
        }
        console.line(text.format("support.logs.collected", file, logs.bytes(), logs.selection().from(), logs.selection().to(),
                String.join(", ", logs.selection().roles().map(LogRole::name))));
        if (logs.files().isEmpty()) {
            console.line(text.format("support.logs.noLines"));
            return ExitCodes.OK;
        }
        TextTable.of(List.of("role", "file", "lines", "bytes").map(column -> text.format("support.logs.column." + column)))
                .rows(logs.files().map(each -> List.of(each.role().name(), each.name(), String.valueOf(each.lines()),
                        String.valueOf(each.bytes()))))
                .alignRight(2)
                .alignRight(3)
                .print(console);
        return ExitCodes.OK;
    }
}
