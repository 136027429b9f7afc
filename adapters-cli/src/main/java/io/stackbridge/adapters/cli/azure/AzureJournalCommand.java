package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.application.port.in.admin.ReadJournalUseCase.JournalQuery;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.journal.JournalContents;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code stackbridge azure journal}: the calls the emulated Azure answered, oldest first; {@code --clear} empties it. */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = "Lists the calls the emulated Azure answered, oldest first, with their outcome and the fault rule that fired; "
                + "--clear empties the journal.")
public final class AzureJournalCommand extends AzureSubcommand {

    @Mixin
    private OutputOption output;

    @picocli.CommandLine.Option(names = "--operation", paramLabel = "OPERATION", description = "Only calls of this operation, e.g. Usage_Push.")
    private String operation;

    @picocli.CommandLine.Option(names = "--outcome", paramLabel = "OUTCOME", description = "Only calls with this outcome: OK, an error code or a connection effect.")
    private String outcome;

    @picocli.CommandLine.Option(names = "--after", paramLabel = "N", description = "Only calls numbered after N.")
    private Long after;

    @picocli.CommandLine.Option(names = "--clear", description = "Empties the journal instead (numbering starts again at 1).")
    private boolean clear;

    @Inject
    public AzureJournalCommand(AzureCommand command) {
        super(command, AzureCommands.class);
    }

    @Override
    public Integer call() {
        if (clear) {
            return command.run(spec, azure, language, null, (side, out) -> out.answer(side.admin().clearJournal(), done -> {
                out.say("azure.journal.cleared");
                return 0;
            }));
        }
        Option<Operation> only = Option.of(operation).map(text -> Operation.parse(text).toEither().getOrElseThrow(this::invalid));
        JournalQuery query = new JournalQuery(only, Option.of(outcome), Option.of(after));
        return command.run(spec, azure, language, output, (side, out) -> out.answer(side.admin().journal(query),
                contents -> out.result(view(contents), () -> {
                    out.table(List.of("azure.heading.sequence", "azure.heading.at", "azure.heading.operation", "azure.heading.outcome",
                            "azure.heading.rule", "azure.heading.resource"), contents.entries().map(entry -> List.of(
                            String.valueOf(entry.sequence()), entry.at().toString(), entry.operation().name(), entry.outcome(),
                            entry.faultRule().getOrElse("-"), entry.resource())), "azure.journal.none");
                    if (contents.dropped() > 0) {
                        out.say("azure.journal.dropped", contents.dropped());
                    }
                })));
    }

    private static Map<String, Object> view(JournalContents contents) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("entries", contents.entries().map(AzureViews::entry).toJavaList());
        view.put("dropped", contents.dropped());
        return view;
    }
}
