package io.stackbridge.adapters.cli.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The fenced code blocks of a Markdown guide. A block fenced {@code ```sh} is meant to be run; one fenced
 * {@code ```sh no-run} (or any other info string) is only shown. Inside a runnable block, a line
 * {@code # expect: 403 UnauthorizedCspRegistration} lists what the block's output must show, in order.
 */
final class GuideBlocks {

    static final String RUNNABLE = "sh";
    private static final String FENCE = "```";
    private static final Pattern EXPECT = Pattern.compile("^\\s*# expect:(.*)$");

    /** One runnable block: where it starts in the guide (1-based line of its fence), its text and its expectations. */
    record Block(int line, String script, List<String> expected) {
    }

    private GuideBlocks() {
    }

    /** The {@code ```sh} blocks of {@code markdown}, in order. */
    static List<Block> runnable(String markdown) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (!line.startsWith(FENCE)) {
                continue;
            }
            String info = line.substring(FENCE.length()).trim();
            int start = index;
            StringBuilder script = new StringBuilder();
            List<String> expected = new ArrayList<>();
            for (index++; index < lines.size() && !lines.get(index).startsWith(FENCE); index++) {
                script.append(lines.get(index)).append('\n');
                var expectation = EXPECT.matcher(lines.get(index));
                if (expectation.matches()) {
                    expected.addAll(List.of(expectation.group(1).trim().split("\\s+")));
                }
            }
            if (info.equals(RUNNABLE)) {
                blocks.add(new Block(start + 1, script.toString(), List.copyOf(expected)));
            }
        }
        return List.copyOf(blocks);
    }
}
