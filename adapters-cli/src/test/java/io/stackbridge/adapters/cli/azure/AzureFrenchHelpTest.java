package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.ParentGroup;
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

/** Every {@code azure} command, group, option and parameter finds its French help under picocli's qualified keys. */
class AzureFrenchHelpTest {

    private static final List<Class<? extends Subcommand>> COMMANDS = List.of(AzureRegistrationListCommand.class,
            AzureRegistrationShowCommand.class, AzureRegistrationRemoveCommand.class, AzureTenantAddCommand.class,
            AzureTenantListCommand.class, AzureTenantShowCommand.class, AzureTenantRemoveCommand.class, AzureApproveCommand.class,
            AzureRevokeCommand.class, AzureFaultAddCommand.class, AzureFaultListCommand.class, AzureFaultRemoveCommand.class,
            AzureFaultClearCommand.class, AzureFaultPresetsCommand.class, AzureJournalCommand.class, AzureClockCommand.class,
            AzureWorldCommand.class, AzureResetCommand.class, AzureUsageCommand.class);

    @Test
    void every_azure_command_option_and_parameter_has_a_french_text() throws Exception {
        CommandLine root = new CommandLine(new StackBridge());
        for (Class<? extends Subcommand> type : COMMANDS) {
            Subcommand command = instance(type);
            groupOf(root, command.group().get()).addSubcommand(new CommandLine(command));
        }
        ResourceBundle french = ResourceBundle.getBundle("io.stackbridge.adapters.cli.console.help", Locale.FRENCH);
        root.setResourceBundle(french);

        List<String> missing = new ArrayList<>();
        check(root.getSubcommands().get("azure"), french, missing);

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

    private static CommandLine groupOf(CommandLine root, Class<?> group) {
        ParentGroup parent = group.getAnnotation(ParentGroup.class);
        CommandLine under = parent == null ? root : groupOf(root, parent.value());
        String name = group.getAnnotation(CommandLine.Command.class).name();
        if (!under.getSubcommands().containsKey(name)) {
            under.addSubcommand(new CommandLine(group));
        }
        return under.getSubcommands().get(name);
    }

    private static Subcommand instance(Class<? extends Subcommand> type) throws Exception {
        Constructor<?> constructor = type.getConstructors()[0];
        return (Subcommand) constructor.newInstance(new Object[constructor.getParameterCount()]);
    }

    @Test
    void a_group_s_lang_finds_the_shared_french_text_as_picocli_looks_it_up() {
        CommandLine root = new CommandLine(new StackBridge());
        groupOf(root, AzureFaultCommands.class);
        root.setResourceBundle(ResourceBundle.getBundle("io.stackbridge.adapters.cli.console.help", Locale.FRENCH));

        String help = root.getSubcommands().get("azure").getSubcommands().get("faults").getUsageMessage();

        assertThat(help).contains("Langue de la sortie").doesNotContain("Language of the output");
    }

    @Test
    void the_french_help_of_a_command_reads_in_french() throws Exception {
        CommandLine root = new CommandLine(new StackBridge());
        groupOf(root, AzureFaultCommands.class).addSubcommand(new CommandLine(instance(AzureFaultAddCommand.class)));
        root.setResourceBundle(ResourceBundle.getBundle("io.stackbridge.adapters.cli.console.help", Locale.FRENCH));

        String help = root.getSubcommands().get("azure").getSubcommands().get("faults").getSubcommands().get("add").getUsageMessage();

        assertThat(help).contains("Met une règle de panne en vigueur", "Une panne documentée, par son nom");
    }
}
