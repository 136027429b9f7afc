package io.stackbridge.adapters.cli.console;

import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import io.stackbridge.adapters.cli.wiring.StackBridgeComponent;
import io.stackbridge.domain.text.Language;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help exists in French: every command wired in CommandsModule, and every option and parameter of
 * it, has a text in help_fr.properties under the key picocli looks up (the qualified command name, dots
 * between words, then the key; or the key alone for a text shared by many commands), and the help
 * follows {@code --lang} given before or after the command.
 */
class FrenchHelpTest {

    private static final ResourceBundle FRENCH = HelpLanguage.bundle(Language.FR).get();

    @Test
    void every_command_option_and_parameter_of_the_whole_tree_has_a_french_text() {
        CommandLine root = StackBridgeComponent.create(new ConsoleOutput(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())))
                .program().commandLine();

        List<String> missing = tree(root).flatMap(FrenchHelpTest::missing);

        assertThat(root.getSubcommands()).as("the whole tree is walked").containsKeys("serve", "stamp", "usage", "bridge", "errors");
        assertThat(missing.toJavaList()).as("help texts without French in help_fr.properties (key: qualified command name, dots between words)")
                .isEmpty();
    }

    @Test
    void the_help_follows_lang_given_before_or_after_the_command_and_english_stays_the_annotations() {
        CliRun before = StackCli.run("--lang", "fr", "stamp", "init", "--help");
        CliRun after = StackCli.run("stamp", "init", "--help", "--lang=fr");
        CliRun english = StackCli.run("--lang", "en", "stamp", "init", "--help");

        for (CliRun french : List.of(before, after)) {
            assertThat(french.exitCode()).as(french.err()).isZero();
            assertThat(french.out()).startsWith("Utilisation\u00a0: stackbridge stamp init")
                    .contains("Crée un stamp dans le répertoire de données", "Nœuds physiques, de 1 à 16 (par défaut\u00a0: 4).",
                            "Langue de la sortie", "Affiche cette aide et s’arrête.")
                    .doesNotContain("Creates a stamp", "Show this help message");
        }
        assertThat(english.out()).startsWith("Usage: stackbridge stamp init").contains("Creates a stamp", "Physical nodes, 1 to 16 (default: 4).");
    }

    @Test
    void a_parameter_s_description_key_and_a_group_s_command_list_are_read_too() {
        CliRun explain = StackCli.run("errors", "explain", "--help", "--lang", "fr");
        CliRun top = StackCli.run("--help", "--lang", "fr");

        assertThat(explain.out()).contains("Le code, tel qu’il circule (NetworkError)");
        assertThat(top.out()).contains("Commandes\u00a0:", "Un Azure hors ligne", "Le catalogue des codes d’erreur");
    }

    @Test
    void lang_before_the_command_is_the_command_s_language() {
        CliRun explained = StackCli.run("--lang", "fr", "errors", "explain", "NetworkError");

        assertThat(explained.out()).contains("Catégorie\u00a0: Pont Azure");
    }

    @Test
    void a_missing_command_is_told_in_the_language_of_the_help() {
        CliRun top = StackCli.run("--lang", "fr");
        CliRun group = StackCli.run("stamp", "--lang=fr");

        assertThat(top.exitCode()).isEqualTo(2);
        assertThat(top.err()).startsWith("Choisissez une commande\u00a0: stackbridge COMMANDE");
        assertThat(group.err()).startsWith("Choisissez une des commandes de stamp");
    }

    private static List<CommandLine> tree(CommandLine line) {
        return List.of(line).appendAll(List.ofAll(line.getSubcommands().values()).flatMap(FrenchHelpTest::tree));
    }

    private static List<String> missing(CommandLine line) {
        CommandSpec spec = line.getCommandSpec();
        String command = spec.qualifiedName(".");
        List<String> keys = List.of(command + ".usage.description")
                .appendAll(List.ofAll(spec.args()).filter(arg -> !arg.hidden()).map(arg -> command + "." + key(arg)));
        return keys.filter(key -> !FRENCH.containsKey(key) && !FRENCH.containsKey(key.substring(command.length() + 1))
                        || key.endsWith(".usage.description") && !FRENCH.containsKey(key))
                .map(key -> key + "  (" + english(spec, key.substring(command.length() + 1)) + ")");
    }

    /** The key picocli looks up for an option or parameter: its descriptionKey, else an option's longest name without dashes. */
    private static String key(ArgSpec arg) {
        if (arg.descriptionKey() != null && !arg.descriptionKey().isEmpty()) {
            return arg.descriptionKey();
        }
        return arg instanceof OptionSpec option ? option.longestName().replaceFirst("^-+", "") : "<no descriptionKey on " + arg.paramLabel() + ">";
    }

    private static String english(CommandSpec spec, String key) {
        return key.equals("usage.description") ? String.join(" ", spec.usageMessage().description())
                : List.ofAll(spec.args()).find(arg -> key(arg).equals(key)).map(arg -> String.join(" ", arg.description())).getOrElse("");
    }
}
