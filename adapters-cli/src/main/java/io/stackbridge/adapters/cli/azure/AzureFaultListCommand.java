package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.domain.fault.FaultRule;
import io.vavr.collection.List;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Map;

/** {@code stackbridge azure faults list}: the rules in force, in the order they are matched. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the fault rules in force, in the order they are matched, with the firings each has left.")
public final class AzureFaultListCommand extends AzureSubcommand {

    @Mixin
    private OutputOption output;

    @Inject
    public AzureFaultListCommand(AzureCommand command) {
        super(command, AzureFaultCommands.class);
    }

    @Override
    public Integer call() {
        return command.run(spec, azure, language, output, (side, out) -> out.answer(side.admin().faultRules(),
                rules -> out.result(Map.of("rules", rules.map(AzureViews::rule).toJavaList()), () -> out.table(
                        List.of("azure.heading.id", "azure.heading.operation", "azure.heading.effect", "azure.heading.probability",
                                "azure.heading.times"), rules.map(rule -> row(out, rule)), "azure.faults.none"))));
    }

    private static List<String> row(AzureTerminal out, FaultRule rule) {
        Map<String, Object> effect = AzureViews.effect(rule.effect());
        String shown = AzureViews.effectType(rule.effect()) + (effect.size() == 1 ? "" : " " + List.ofAll(effect.values()).last());
        return List.of(rule.id(), rule.match().operation().map(Enum::name).getOrElse("*"), shown, String.valueOf(rule.probability()),
                rule.remaining().map(String::valueOf).getOrElse(out.text().format("azure.faults.untilRemoved")));
    }
}
