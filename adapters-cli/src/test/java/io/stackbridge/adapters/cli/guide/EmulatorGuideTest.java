package io.stackbridge.adapters.cli.guide;

import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.wiring.StackBridgeComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * docs/emulator.md cannot rot: its {@code ```sh} blocks run, in order and in one bash session, against
 * an emulator started in this process on 127.0.0.1 and a free port; each must succeed and show what
 * its {@code # expect:} lines promise.
 */
class EmulatorGuideTest {

    private static final String GUIDE = "docs/emulator.md";
    private static final String GUIDE_URL = "https://127.0.0.1:8443";
    private static final String GUIDE_CA = ".stackbridge/ca.pem";

    @Test
    void every_shell_block_of_the_emulator_guide_works_against_a_started_emulator(@TempDir Path directory) throws Exception {
        assertThat(BashSession.has("curl")).as("curl must be installed to check " + GUIDE + "'s blocks (the CI machine has it)").isTrue();
        List<GuideBlocks.Block> blocks = GuideBlocks.runnable(RepositoryText.read(GUIDE));
        assertThat(blocks).as("runnable ```sh blocks in " + GUIDE).hasSizeGreaterThan(5);
        assertThat(blocks.get(0).script()).as("the first block sets $SB and $CA").contains(GUIDE_URL, GUIDE_CA);
        blocks.stream().skip(1).forEach(block ->
                assertThat(block.script()).as("block at line " + block.line() + " reaches the emulator through $SB").doesNotContain(GUIDE_URL));

        Emulator emulator = startEmulator(directory.resolve("state"));
        try {
            List<String> snippets = new ArrayList<>(blocks.stream().map(GuideBlocks.Block::script).toList());
            snippets.set(0, snippets.get(0).replace(GUIDE_URL, emulator.url().toString())
                    .replace(GUIDE_CA, emulator.caPem().toAbsolutePath().toString()));
            BashSession.Outcome outcome = BashSession.run(snippets, directory, Duration.ofMinutes(3));

            for (int index = 0; index < outcome.outputs().size(); index++) {
                GuideBlocks.Block block = blocks.get(index);
                String output = outcome.outputs().get(index);
                boolean last = index == outcome.outputs().size() - 1;
                if (last && !outcome.succeeded()) {
                    fail("the block at " + GUIDE + ":" + block.line() + " failed (bash exit " + outcome.exitCode() + "):\n"
                            + block.script() + "--- its output:\n" + output);
                }
                assertShows(block, output);
            }
            assertThat(outcome.outputs()).as("every block ran").hasSize(blocks.size());
        } finally {
            emulator.stop();
        }
    }

    /** The one place that starts an emulator in process: adapt it when the composition root moves. */
    private static Emulator startEmulator(Path stateDirectory) {
        return StackBridgeComponent.create().emulators().start(EmulatorSettings.inProcess(stateDirectory))
                .getOrElseThrow(failure -> new AssertionError("the emulator did not start: " + failure));
    }

    /** Each expected word in order; a three-digit word is a status line ({@code HTTP/1.1 403}, {@code HTTP/2 403}). */
    private static void assertShows(GuideBlocks.Block block, String output) {
        int from = 0;
        for (String word : block.expected()) {
            Pattern wanted = word.matches("\\d{3}")
                    ? Pattern.compile("HTTP/[0-9.]+ " + word + "\\b")
                    : Pattern.compile(Pattern.quote(word));
            Matcher found = wanted.matcher(output);
            if (!found.find(from)) {
                fail("the block at " + GUIDE + ":" + block.line() + " should show '" + word + "' (after what it showed before), "
                        + "in order " + block.expected() + ":\n" + block.script() + "--- its output:\n" + output);
            }
            from = found.end();
        }
    }
}
