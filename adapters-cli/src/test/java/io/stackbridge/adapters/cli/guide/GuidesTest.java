package io.stackbridge.adapters.cli.readme;

import io.stackbridge.adapters.cli.bridge.BridgeDiagnoseCommand;
import io.stackbridge.adapters.cli.bridge.BridgePushCommand;
import io.stackbridge.adapters.cli.bridge.BridgeRunCommand;
import io.stackbridge.adapters.cli.bridge.BridgeStatusCommand;
import io.stackbridge.adapters.cli.serve.ServeCommand;
import io.stackbridge.adapters.cli.stamp.StampActivateCommand;
import io.stackbridge.adapters.cli.stamp.StampDeactivateCommand;
import io.stackbridge.adapters.cli.stamp.StampInitCommand;
import io.stackbridge.adapters.cli.stamp.StampPropertiesCommand;
import io.stackbridge.adapters.cli.stamp.StampRegisterCommand;
import io.stackbridge.adapters.cli.stamp.StampTokenCommand;
import io.stackbridge.adapters.cli.usage.UsageAggregatesCommand;
import io.stackbridge.adapters.cli.usage.UsageSimulateCommand;
import io.stackbridge.adapters.fakeazure.token.JsonRegistrationTokenCodec;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.stackbridge.domain.registration.RegistrationTokenFields;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What the README promises and the code must keep: the quick start, the ready-made registration token, every command's options. */
class ReadmeTest {

    private static final String README = read();

    @Test
    void the_quick_start_is_the_two_commands() {
        String quickStart = README.substring(README.indexOf("## Quick start"));
        Matcher firstBlock = Pattern.compile("```bash\n(.*?)```", Pattern.DOTALL).matcher(quickStart);

        assertThat(firstBlock.find()).isTrue();
        assertThat(firstBlock.group(1).lines().map(line -> line.replaceAll("\\s+#.*", "").trim()))
                .containsExactly("./stackbridge serve", "./mvnw verify");
    }

    @Test
    void the_ready_made_registration_token_is_valid_for_the_bridge_principal() {
        String token = value("REGISTRATION_TOKEN");

        RegistrationTokenFields fields = new JsonRegistrationTokenCodec().decode(token)
                .getOrElseThrow(problems -> new AssertionError("undecodable: " + problems));
        RegistrationTokenContent content = RegistrationTokenContent.from(fields).toEither()
                .getOrElseThrow(problems -> new AssertionError("invalid: " + problems));

        assertThat(content.objectId()).isEqualTo(DefaultWorld.BRIDGE_OBJECT_ID);
        assertThat(content.billingModel()).isEqualTo(BillingModel.PayAsYouUse);
        assertThat(content.cloudId().value()).isEqualTo(value("CLOUD"));
    }

    @Test
    void the_token_is_the_base64_of_the_json_shown_beside_it() {
        String shown = README.substring(README.indexOf("```json\n") + 8, README.indexOf("\n```", README.indexOf("```json\n")));

        assertThat(new String(Base64.getDecoder().decode(value("REGISTRATION_TOKEN")), StandardCharsets.UTF_8)).isEqualTo(shown);
    }

    @Test
    void every_serve_option_is_documented() {
        CommandLine serve = new CommandLine(new ServeCommand(null, null, null));

        serve.getCommandSpec().options().stream()
                .filter(option -> !option.usageHelp() && !option.versionHelp())
                .forEach(option -> assertThat(README).contains("| `" + option.longestName() + " "));
    }

    @Test
    void every_stack_side_command_and_its_options_are_documented() {
        java.util.List<Object> commands = java.util.List.of(new StampInitCommand(null, null), new StampTokenCommand(null),
                new StampRegisterCommand(null, null), new StampActivateCommand(null), new StampDeactivateCommand(null),
                new StampPropertiesCommand(null), new UsageSimulateCommand(null), new UsageAggregatesCommand(null, null),
                new BridgePushCommand(null), new BridgeRunCommand(null), new BridgeStatusCommand(null), new BridgeDiagnoseCommand(null));
        String stackSide = README.substring(README.indexOf("## The stack side"), README.indexOf("## The emulator in a JUnit test"));

        for (Object command : commands) {
            CommandLine line = new CommandLine(command);
            String group = command.getClass().getPackageName().substring(command.getClass().getPackageName().lastIndexOf('.') + 1);
            assertThat(stackSide).contains("`" + group + " " + line.getCommandName());
            line.getCommandSpec().options().stream()
                    .filter(option -> !option.usageHelp() && !option.versionHelp())
                    .forEach(option -> assertThat(stackSide).as(line.getCommandName()).contains("`" + option.longestName()));
        }
    }

    /** The value of a shell variable the README sets ({@code NAME=value}). */
    private static String value(String name) {
        Matcher line = Pattern.compile("^" + name + "=(\\S+)$", Pattern.MULTILINE).matcher(README);
        assertThat(line.find()).as(name + " in README.md").isTrue();
        return line.group(1);
    }

    private static String read() {
        Path module = Path.of(System.getProperty("stackbridge.module.dir", System.getProperty("user.dir")));
        try {
            return Files.readString(module.toAbsolutePath().getParent().resolve("README.md"));
        } catch (IOException missing) {
            throw new AssertionError("README.md not found next to " + module, missing);
        }
    }
}
