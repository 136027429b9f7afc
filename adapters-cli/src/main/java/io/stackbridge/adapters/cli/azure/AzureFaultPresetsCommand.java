package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.domain.fault.FaultPreset;
import io.vavr.collection.List;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code stackbridge azure faults presets}: the named failures {@code faults add --preset} knows; reaches no emulator. */
@Command(name = "presets", mixinStandardHelpOptions = true,
        description = "Lists the named failures faults add --preset knows, with the code each makes a client meet.")
public final class AzureFaultPresetsCommand extends AzureSubcommand {

    @Mixin
    private OutputOption output;

    @Inject
    public AzureFaultPresetsCommand(AzureCommand command) {
        super(command, AzureFaultCommands.class);
    }

    @Override
    public Integer call() {
        AzureTerminal out = command.terminal(language, output);
        List<FaultPreset> presets = List.of(FaultPreset.values());
        return out.result(Map.of("presets", presets.map(AzureFaultPresetsCommand::view).toJavaList()), () -> out.table(
                List.of("azure.heading.preset", "azure.heading.code", "azure.heading.operation", "azure.heading.effect"),
                presets.map(preset -> List.of(preset.presetName(), preset.reproduces().name(),
                        preset.rule().match().operation().map(Enum::name).getOrElse("*"), AzureViews.effectType(preset.rule().effect()))),
                "azure.faults.none"));
    }

    private static Map<String, Object> view(FaultPreset preset) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", preset.presetName());
        view.put("reproduces", preset.reproduces().name());
        view.put("rule", AzureViews.rule(preset.rule()));
        return view;
    }
}
