package io.stackbridge.adapters.support.json;

import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;

/** The violations found by one reading of a document, in the order they were found (shared by its readers). */
final class JsonProblems {

    private List<Violation> found = List.empty();

    void add(Violation problem) {
        found = found.append(problem);
    }

    List<Violation> all() {
        return found;
    }
}
