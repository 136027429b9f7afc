package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.StackBridge;
import io.stackbridge.adapters.cli.Subcommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import static org.assertj.core.api.Assertions.assertThat;

/** Every {@code lab} command, option and parameter finds its French help under picocli's qualified keys. */
class LabFrenchHelpTest {

    private static final List<Class<? extends Subcommand>> COMMANDS = List.of(LabListCommand.class, LabStartCommand.class,
            LabHintCommand.class, LabCheckCommand.class, LabResetCommand.class);

    @Test
    void every_lab_command_option_and_parameter_has_a_french_text() throws Exception {
        CommandLine root = new CommandLine(new StackBridge());
        CommandLine group = new CommandLine(LabCommands.class);
        root.addSubcommand(group);
        for (Class<? extends Subcommand> type : COMMANDS) {
            Constructor<?> constructor = type.getConstructors()[0];
            group.addSubcommand(new CommandLine(constructor.newInstance(new Object[constructor.getParameterCount()])));
        }
        ResourceBundle french = ResourceBundle.getBundle("io.stackbridge.adapters.cli.console.help", Locale.FRENCH);
        root.setResourceBundle(french);

        List<String> missing = new ArrayList<>();
        check(root.getSubcommands().get("lab"), french, missing);

        assertThat(missing).isEmpty();
    }

    private static void check(CommandLine line, ResourceBundle french, List<String> missing) {
        CommandSpec spec = line.getCommandSpec();
        String qualified = spec.qualifiedName(".");
        if (!french.containsKey(qualified + ".usage.description")) {
            missing.add(qualified + ".usage.description");
        }
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec arg : args) {
            String key = arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName().replaceFirst("^-+", "") : arg.descriptionKey();
            boolean standard = key.equals("help") || key.equals("version");
            // picocli looks up "<qualified command>.<key>", then "<key>" alone (a text shared by many commands, as --lang's)
            if (!standard && !french.containsKey(qualified + "." + key) && !french.containsKey(key)) {
                missing.add(qualified + "." + key);
            }
        }
        line.getSubcommands().values().forEach(sub -> check(sub, french, missing));
    }
}
