package io.stackbridge.adapters.cli.guide;

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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the README and the guides promise and the code must keep: the quick start, links that lead
 * somewhere, the ready-made registration token, every command's options, the test kit's coordinates.
 */
class GuidesTest {

    private static final String README = RepositoryText.read("README.md");
    private static final String EMULATOR_GUIDE = RepositoryText.read("docs/emulator.md");
    private static final String STACK_SIDE_GUIDE = RepositoryText.read("docs/stack-side.md");
    private static final String JUNIT_GUIDE = RepositoryText.read("docs/junit.md");

    @Test
    void the_quick_start_is_the_two_commands() {
        String quickStart = README.substring(README.indexOf("## Quick start"));
        Matcher firstBlock = Pattern.compile("```bash\n(.*?)```", Pattern.DOTALL).matcher(quickStart);

        assertThat(firstBlock.find()).isTrue();
        assertThat(firstBlock.group(1).lines().map(line -> line.replaceAll("\\s+#.*", "").trim()))
                .containsExactly("./stackbridge serve", "./mvnw verify");
    }

    @Test
    void the_readme_stays_a_front_door() {
        assertThat(README.lines().count()).as("README.md lines").isLessThanOrEqualTo(200);
    }

    @Test
    void the_junit_guide_and_the_readme_show_the_test_kits_coordinates() throws Exception {
        String pom = Files.readString(RepositoryText.root().resolve("pom.xml"));
        String groupId = first(pom, "<groupId>([^<]+)</groupId>");
        String version = first(pom, "<version>([^<]+)</version>");
        String dependency = "<groupId>" + groupId + "</groupId>\n  <artifactId>stackbridge-junit</artifactId>\n  <version>"
                + version + "</version>\n  <scope>test</scope>";

        assertThat(JUNIT_GUIDE).contains("./mvnw install", dependency, "import io.stackbridge.junit.StackBridgeEmulator;");
        assertThat(README).contains("./mvnw install", dependency);
    }

    private static String first(String text, String regex) {
        Matcher found = Pattern.compile(regex).matcher(text);
        assertThat(found.find()).as(regex).isTrue();
        return found.group(1);
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
        String shown = EMULATOR_GUIDE.substring(EMULATOR_GUIDE.indexOf("```json\n") + 8,
                EMULATOR_GUIDE.indexOf("\n```", EMULATOR_GUIDE.indexOf("```json\n")));

        assertThat(new String(Base64.getDecoder().decode(value("REGISTRATION_TOKEN")), StandardCharsets.UTF_8)).isEqualTo(shown);
    }

    @Test
    void every_serve_option_is_documented() {
        CommandLine serve = new CommandLine(new ServeCommand(null, null, null));

        serve.getCommandSpec().options().stream()
                .filter(option -> !option.usageHelp() && !option.versionHelp())
                .forEach(option -> assertThat(EMULATOR_GUIDE).containsAnyOf("| `" + option.longestName() + " ",
                        "| `" + option.longestName() + "` "));
    }

    @Test
    void every_stack_side_command_and_its_options_are_documented() {
        List<Object> commands = List.of(new StampInitCommand(null, null), new StampTokenCommand(null),
                new StampRegisterCommand(null, null), new StampActivateCommand(null), new StampDeactivateCommand(null),
                new StampPropertiesCommand(null), new UsageSimulateCommand(null), new UsageAggregatesCommand(null, null),
                new BridgePushCommand(null), new BridgeRunCommand(null), new BridgeStatusCommand(null), new BridgeDiagnoseCommand(null));
        String stackSide = STACK_SIDE_GUIDE;

        for (Object command : commands) {
            CommandLine line = new CommandLine(command);
            String group = command.getClass().getPackageName().substring(command.getClass().getPackageName().lastIndexOf('.') + 1);
            assertThat(stackSide).contains("`" + group + " " + line.getCommandName());
            line.getCommandSpec().options().stream()
                    .filter(option -> !option.usageHelp() && !option.versionHelp())
                    .forEach(option -> assertThat(stackSide).as(line.getCommandName()).contains("`" + option.longestName()));
        }
    }

    /** The value of a shell variable the emulator guide sets ({@code NAME=value}). */
    private static String value(String name) {
        Matcher line = Pattern.compile("^" + name + "=(\\S+)$", Pattern.MULTILINE).matcher(EMULATOR_GUIDE);
        assertThat(line.find()).as(name + " in docs/emulator.md").isTrue();
        return line.group(1);
    }
}
