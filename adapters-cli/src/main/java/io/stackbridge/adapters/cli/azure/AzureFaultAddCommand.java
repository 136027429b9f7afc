package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.console.OutputOption;
import io.stackbridge.domain.fault.FaultMatch;
import io.stackbridge.domain.fault.FaultPreset;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.fault.Operation;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stackbridge azure faults add}: a named preset ({@code --preset network-down}) or a rule of one's own. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Puts a fault rule in force: a named preset (--preset, see faults presets) or a rule of your own "
                + "(--id, --operation, --effect and its --code, --millis or --seconds). A rule of the same ID is replaced.")
public final class AzureFaultAddCommand extends AzureSubcommand {

    @Mixin
    private OutputOption output;

    @picocli.CommandLine.Option(names = "--preset", paramLabel = "NAME", description = "A documented failure by name, e.g. network-down.")
    private String preset;

    @picocli.CommandLine.Option(names = "--times", paramLabel = "N", description = "Fires this many times, then expires (default: until removed).")
    private Integer times;

    @picocli.CommandLine.Option(names = "--id", paramLabel = "ID", description = "The rule's ID (a rule of your own).")
    private String id;

    @picocli.CommandLine.Option(names = "--operation", paramLabel = "OPERATION", description = "Only calls of this operation, e.g. Usage_Push.")
    private String operation;

    @picocli.CommandLine.Option(names = "--effect", paramLabel = "TYPE",
            description = "What the rule does: returnError, delay, shiftClock, metadataResolverFailure, unreachable, slow, "
                    + "untrustedCertificate, resetConnection, emptyResponse or partialBody.")
    private String effect;

    @picocli.CommandLine.Option(names = "--code", paramLabel = "CODE", description = "The error code returnError answers with.")
    private String code;

    @picocli.CommandLine.Option(names = "--millis", paramLabel = "N", description = "How long delay holds each call, in milliseconds.")
    private Long millis;

    @picocli.CommandLine.Option(names = "--seconds", paramLabel = "N", description = "How far shiftClock moves the clock for each call, in seconds.")
    private Long seconds;

    @picocli.CommandLine.Option(names = "--probability", paramLabel = "P", defaultValue = "1",
            description = "The chance the rule fires on a matching call, from 0 to 1 (default: ${DEFAULT-VALUE}).")
    private double probability;

    @Inject
    public AzureFaultAddCommand(AzureCommand command) {
        super(command, AzureFaultCommands.class);
    }

    @Override
    public Integer call() {
        FaultRule rule = preset != null ? fromPreset() : ownRule();
        return command.run(spec, azure, language, output, (side, out) -> out.answer(side.admin().addFaultRule(rule),
                stored -> out.result(AzureViews.rule(stored), () -> out.say("azure.fault.added", stored.id(),
                        AzureViews.effectType(stored.effect())))));
    }

    private FaultRule fromPreset() {
        if (id != null || operation != null || effect != null) {
            throw usage("azure.fault.presetOrOwn");
        }
        FaultPreset named = FaultPreset.parse(preset).toEither().getOrElseThrow(this::invalid);
        if (times != null && times < 1) {
            throw usage("azure.invalidOption", "--times " + times);
        }
        return times == null ? named.rule() : named.rule(times);
    }

    private FaultRule ownRule() {
        if (id == null || effect == null) {
            throw usage("azure.fault.idAndEffect");
        }
        Option<Operation> only = Option.of(operation).map(text -> Operation.parse(text).toEither().getOrElseThrow(this::invalid));
        var chosen = FaultEffects.of(effect, Option.of(code), Option.of(millis), Option.of(seconds)).toEither().getOrElseThrow(this::invalid);
        FaultMatch match = new FaultMatch(only, Option.none(), Option.none());
        return FaultRule.of(id, match, probability, Option.of(times), chosen).toEither().getOrElseThrow(this::invalid);
    }
}
