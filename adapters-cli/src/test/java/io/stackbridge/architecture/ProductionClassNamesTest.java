package io.stackbridge.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No two production classes share a simple name (docs/architecture.md §7), so a reader finds a class
 * by its name alone. One top-level type per file, so a file's name is its class's simple name.
 */
class ProductionClassNamesTest {

    @Test
    void no_two_production_classes_share_a_simple_name() {
        List<Path> sources = productionSources(RepositoryStandsAloneTest.repositoryRoot());

        assertThat(sources).as("production sources found").hasSizeGreaterThan(500);
        assertThat(sharedNames(sources)).as("simple names used by more than one production class").isEmpty();
    }

    @Test
    void a_shared_name_is_reported_with_every_file_that_uses_it() {
        List<Path> sources = List.of(Path.of("adapters-a/src/main/java/a/Failures.java"),
                Path.of("adapters-b/src/main/java/b/Failures.java"), Path.of("adapters-b/src/main/java/b/Other.java"));

        assertThat(sharedNames(sources)).containsOnlyKeys("Failures");
        assertThat(sharedNames(sources).get("Failures")).hasSize(2);
    }

    static List<Path> productionSources(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize)
                    .filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> file.toString().replace('\\', '/').contains("/src/main/java/"))
                    .filter(file -> Stream.iterate(file, p -> p != null, Path::getParent)
                            .map(p -> p.getFileName() == null ? "" : p.getFileName().toString())
                            .noneMatch(name -> name.equals("target") || name.startsWith(".")))
                    .collect(Collectors.toList());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static Map<String, List<String>> sharedNames(List<Path> sources) {
        Map<String, List<String>> byName = sources.stream().collect(Collectors.groupingBy(
                file -> file.getFileName().toString().replaceFirst("\\.java$", ""), TreeMap::new,
                Collectors.mapping(Path::toString, Collectors.toList())));
        byName.values().removeIf(files -> files.size() < 2);
        return byName;
    }
}
