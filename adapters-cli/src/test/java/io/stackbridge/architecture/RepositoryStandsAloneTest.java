package io.stackbridge.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clone is all a reader has: no text in it may point at a file outside it, and every relative
 * link of the docs and the README must lead to a file it contains (docs/architecture.md §7).
 */
class RepositoryStandsAloneTest {

    /** Outside documents, spelled in pieces so that this file does not name them itself. */
    private static final Pattern OUTSIDE_REFERENCE = Pattern.compile(String.join("|",
            Pattern.quote(".." + "/shared"),
            "\\b(?:DOMAIN|ARCHITECTURE|STYLE)\\." + "md\\b",
            Pattern.quote("azure-stack-" + "facts"),
            Pattern.quote("emulator-" + "anchors"),
            "(?<![\\w.~-])/" + "work/"));

    private static final Set<String> TEXT_EXTENSIONS =
            Set.of("java", "md", "xml", "properties", "sql", "sh", "tsv", "yaml", "yml", "json", "cmd");
    /** The launcher and wrapper scripts, which have no extension. */
    private static final Set<String> SCRIPTS = Set.of("stackbridge", "mvnw", "run");
    /** Hidden folders that belong to the project; any other is a tool's or a local one. */
    private static final Set<String> PROJECT_DOT_FOLDERS = Set.of(".ci", ".mvn");

    /** {@code [text](target)} and {@code [label]: target}. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)|^\\s*\\[[^\\]]+\\]:\\s*(\\S+)");
    private static final Pattern EXTERNAL = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//|#)");
    private static final Pattern EXPLICIT_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");

    private final Path root = repositoryRoot();

    @Test
    void no_text_file_cites_a_path_outside_the_repository() {
        List<String> offenders = textFiles().flatMap(file -> linesOf(file).stream()
                        .filter(line -> OUTSIDE_REFERENCE.matcher(line.text()).find())
                        .map(line -> root.relativize(file) + ":" + line.number() + ": " + line.text().trim()))
                .collect(Collectors.toList());

        assertThat(offenders)
                .withFailMessage("These lines cite a file outside the repository; cite docs/architecture.md or "
                        + "docs/domain.md (or a public URL) instead:%n%s", String.join(System.lineSeparator(), offenders))
                .isEmpty();
    }

    @Test
    void every_relative_link_of_the_docs_and_the_readme_leads_to_a_file_and_heading_of_the_repository() {
        List<Path> pages = new ArrayList<>(markdownIn(root.resolve("docs")));
        pages.add(root.resolve("README.md"));
        List<String> broken = pages.stream().filter(Files::isRegularFile)
                .flatMap(page -> brokenLinksOf(page).stream())
                .collect(Collectors.toList());

        assertThat(pages).contains(root.resolve("docs").resolve("architecture.md"), root.resolve("docs").resolve("domain.md"));
        assertThat(broken)
                .withFailMessage("These relative links of the docs or the README lead nowhere:%n%s",
                        String.join(System.lineSeparator(), broken))
                .isEmpty();
    }

    private List<String> brokenLinksOf(Path page) {
        List<String> broken = new ArrayList<>();
        boolean inFence = false;
        for (Line line : linesOf(page)) {
            if (line.text().trim().startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher link = MARKDOWN_LINK.matcher(withoutInlineCode(line.text()));
            while (link.find()) {
                String target = link.group(1) != null ? link.group(1) : link.group(2);
                problemWith(page, target).ifPresent(problem ->
                        broken.add(root.relativize(page) + ":" + line.number() + ": " + target + " (" + problem + ")"));
            }
        }
        return broken;
    }

    /** What is wrong with a relative link: no such file, or no such heading in the Markdown page it names. */
    private Optional<String> problemWith(Path page, String target) {
        if (EXTERNAL.matcher(target).find() && !target.startsWith("#")) {
            return Optional.empty();
        }
        String file = target.replaceFirst("[#?].*$", "");
        Path linked = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!Files.exists(linked)) {
            return Optional.of("no such file");
        }
        int hash = target.indexOf('#');
        String anchor = hash < 0 ? "" : target.substring(hash + 1);
        boolean knownAnchor = anchor.isEmpty() || !linked.toString().endsWith(".md") || anchorsOf(linked).contains(anchor);
        return knownAnchor ? Optional.empty() : Optional.of("no heading #" + anchor + " in " + root.relativize(linked));
    }

    /** The anchors GitHub gives a page's headings (lower case, punctuation dropped, spaces as dashes), and explicit ids. */
    private static Set<String> anchorsOf(Path page) {
        Set<String> anchors = new HashSet<>();
        boolean inFence = false;
        for (Line line : linesOf(page)) {
            String text = line.text();
            if (text.trim().startsWith("```")) {
                inFence = !inFence;
            } else if (!inFence && text.startsWith("#")) {
                String heading = text.replaceFirst("^#+\\s*", "").trim();
                anchors.add(heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
            Matcher id = EXPLICIT_ANCHOR.matcher(text);
            while (id.find()) {
                anchors.add(id.group(1));
            }
        }
        return anchors;
    }

    private static String withoutInlineCode(String text) {
        return text.replaceAll("`[^`]*`", "``");
    }

    private Stream<Path> textFiles() {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .filter(file -> inProjectFolder(root.relativize(file)))
                    .filter(RepositoryStandsAloneTest::isText)
                    .collect(Collectors.toList()).stream();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Leaves out build output and hidden folders of tools ({@code .git}, {@code .idea}, …). */
    private static boolean inProjectFolder(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String folder = relative.getName(i).toString();
            if (folder.equals("target") || folder.startsWith(".") && !PROJECT_DOT_FOLDERS.contains(folder)) {
                return false;
            }
        }
        return !relative.getFileName().toString().equals(".git");
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? SCRIPTS.contains(name) : TEXT_EXTENSIONS.contains(name.substring(dot + 1));
    }

    private static List<Path> markdownIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".md")).sorted().collect(Collectors.toList());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The folder of the parent pom (the one listing the modules), found by walking up from this module's folder. */
    static Path repositoryRoot() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path pom = folder.resolve("pom.xml");
            if (Files.isRegularFile(pom) && read(pom).contains("<modules>")) {
                return folder;
            }
        }
        throw new IllegalStateException("no parent pom above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(file + ": " + failed.getMessage(), failed);
        }
    }

    private static List<Line> linesOf(Path file) {
        List<String> lines = read(file).lines().collect(Collectors.toList());
        List<Line> numbered = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            numbered.add(new Line(i + 1, lines.get(i)));
        }
        return numbered;
    }

    private record Line(int number, String text) {
    }
}
