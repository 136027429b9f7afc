package io.stackbridge.adapters.cli.demo;

import io.stackbridge.adapters.cli.console.Progress;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.domain.error.LocalizedText;
import io.vavr.collection.List;

/**
 * How the demo tells its story: numbered chapters, one line per step with its mark, the code, cause
 * and remediation of what a step provoked, and, at the end, whether every step behaved as expected.
 * Each step counts once on the progress bar.
 */
final class DemoTeller {

    private final StackConsole out;
    private final Progress progress;
    private int chapter;
    private int steps;
    private List<String> missed = List.empty();

    DemoTeller(StackConsole out, Progress progress) {
        this.out = out;
        this.progress = progress;
    }

    StackConsole out() {
        return out;
    }

    void chapter(String key, Object... arguments) {
        out.say("demo.chapter", ++chapter, out.text().format(key, arguments));
    }

    /** A plain line of the story, indented under its chapter. */
    void note(String key, Object... arguments) {
        out.say("demo.note", out.text().format(key, arguments));
    }

    /**
     * A step's line, marked as it behaved: {@code asExpected} or not; one that did not is remembered
     * for the summary, with what was expected and what was seen. Answers {@code asExpected}.
     */
    boolean step(boolean asExpected, String expected, String seen, String key, Object... arguments) {
        steps++;
        progress.advance(1);
        String sentence = out.text().format(key, arguments);
        out.say("demo.step", out.mark(asExpected), sentence);
        if (!asExpected) {
            missed = missed.append(sentence);
            out.say("demo.missed", expected, seen);
        }
        return asExpected;
    }

    /** A step that went as it should. */
    boolean passed(String key, Object... arguments) {
        return step(true, "", "", key, arguments);
    }

    /** The code a step met, its cause and what to do, as the catalog words them. */
    void explain(String code, LocalizedText told) {
        out.say("demo.code", code, oneLine(told.message()));
        out.say("demo.remedy", oneLine(told.remediation()));
    }

    /** The closing line; whether every step behaved as expected. */
    boolean end() {
        if (missed.isEmpty()) {
            out.say("demo.end.passed", steps);
            return true;
        }
        out.say("demo.end.failed", missed.size(), steps);
        missed.forEach(sentence -> out.say("demo.end.missed", sentence));
        return false;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
