package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.ParentGroup;
import io.stackbridge.adapters.cli.StackBridge;
import io.stackbridge.adapters.cli.Subcommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.lang.reflect.Constructor;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The French help of nested {@code azure} groups as picocli really reads it: a group's shared {@code --lang} text, a
 * command's own texts (that every command has one is {@code console.FrenchHelpTest}'s job, over the whole tree).
 */
class AzureFrenchHelpTest {

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
