package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.console.OutputOption;
import io.vavr.control.Option;
import io.vavr.control.Try;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code stackbridge azure clock [set OFFSET]}: how far the emulated Azure's clock is from real time, or move it. */
@Command(name = "clock", mixinStandardHelpOptions = true,
        description = "Shows how far the emulated Azure's clock is from real time; clock set OFFSET moves it "
                + "(an ISO-8601 duration such as PT2H or PT-10M, or seconds; 0 puts it back).")
public final class AzureClockCommand extends AzureSubcommand {

    @Mixin
    private OutputOption output;

    @Parameters(arity = "0..2", paramLabel = "set OFFSET", descriptionKey = "setOffset",
            description = "set, then the new offset: PT2H, PT-10M, P1D or a number of seconds.")
    private java.util.List<String> words = new java.util.ArrayList<>();

    @Inject
    public AzureClockCommand(AzureCommand command) {
        super(command, AzureCommands.class);
    }

    @Override
    public Integer call() {
        Option<Duration> wanted = wanted();
        return command.run(spec, azure, language, output, (side, out) -> out.answer(
                wanted.isEmpty() ? side.admin().clockOffset() : side.admin().setClockOffset(wanted.get()), offset -> {
                    Map<String, Object> view = new LinkedHashMap<>();
                    view.put("offsetSeconds", offset.toSeconds());
                    view.put("offset", offset.toString());
                    view.put("now", Instant.now().plus(offset).toString());
                    return out.result(view, () -> out.say(wanted.isEmpty() ? "azure.clock.offset" : "azure.clock.set", offset.toString(),
                            offset.toSeconds(), Instant.now().plus(offset).toString()));
                }));
    }

    private Option<Duration> wanted() {
        if (words.isEmpty()) {
            return Option.none();
        }
        if (words.size() != 2 || !"set".equals(words.get(0))) {
            throw usage("azure.clock.usage", String.join(" ", words));
        }
        String text = words.get(1).trim();
        return Option.some(Try.of(() -> Duration.ofSeconds(Long.parseLong(text))).orElse(Try.of(() -> Duration.parse(text)))
                .getOrElseThrow(() -> usage("azure.clock.usage", String.join(" ", words))));
    }
}
