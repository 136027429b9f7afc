package io.stackbridge.adapters.cli.portal;

import io.stackbridge.adapters.cli.stack.StackProblem;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;

import java.nio.file.Path;

/** A CLI stamp's directory the portal cannot work on (no stamp there, a database it cannot use), as a coded error: no resource at its database. */
public final class StampRefusal {

    private StampRefusal() {
    }

    public static DomainError of(Path directory, StackProblem problem) {
        return new ArmError.ResourceNotFound(directory.resolve("stamp.db") + " (" + problem.code() + ")");
    }
}
