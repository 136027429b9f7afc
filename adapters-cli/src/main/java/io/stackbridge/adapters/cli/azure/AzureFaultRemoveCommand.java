package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.domain.arm.Removal;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code stackbridge azure faults remove ID}: withdraws one rule (a preset's ID is its name). */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Withdraws one fault rule; a preset's ID is its name.")
public final class AzureFaultRemoveCommand extends AzureSubcommand {

    @Mixin
    private OutputOption output;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "ruleId", description = "The rule's ID.")
    private String id;

    @Inject
    public AzureFaultRemoveCommand(AzureCommand command) {
        super(command, AzureFaultCommands.class);
    }

    @Override
    public Integer call() {
        return command.run(spec, azure, language, output, (side, out) -> out.answer(side.admin().removeFaultRule(id), removal -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", id);
            view.put("removed", removal == Removal.DELETED);
            return out.result(view, () -> out.say(removal == Removal.DELETED ? "azure.fault.removed" : "azure.fault.absent", id));
        }));
    }
}
