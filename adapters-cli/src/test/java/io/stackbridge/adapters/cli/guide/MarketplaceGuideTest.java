package io.stackbridge.adapters.cli.guide;

import io.stackbridge.adapters.cli.marketplace.MarketplaceDownloadCommand;
import io.stackbridge.adapters.cli.marketplace.MarketplaceListCommand;
import io.stackbridge.adapters.cli.marketplace.MarketplaceRemoveCommand;
import io.stackbridge.adapters.cli.marketplace.MarketplaceShowCommand;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** Every {@code marketplace} command and option is in docs/stack-side.md and docs/cli.md. */
class MarketplaceGuideTest {

    private static final String STACK_SIDE = RepositoryText.read("docs/stack-side.md");
    private static final String CLI = RepositoryText.read("docs/cli.md");

    @Test
    void every_marketplace_command_and_its_options_are_documented() {
        List<Object> commands = List.of(new MarketplaceListCommand(null), new MarketplaceShowCommand(null),
                new MarketplaceDownloadCommand(null), new MarketplaceRemoveCommand(null));

        for (Object command : commands) {
            CommandLine line = new CommandLine(command);
            assertThat(STACK_SIDE).contains("`marketplace " + line.getCommandName());
            assertThat(CLI).contains("`marketplace " + line.getCommandName());
            line.getCommandSpec().options().stream()
                    .filter(option -> !option.usageHelp() && !option.versionHelp())
                    .forEach(option -> assertThat(STACK_SIDE).as(line.getCommandName()).contains("`" + option.longestName()));
        }
    }
}
