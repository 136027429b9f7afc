package io.stackbridge.adapters.cli.portal;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.stack.StackProblem;
import io.stackbridge.adapters.http.server.portal.StampDenial;

/**
 * A CLI stamp's directory the portal cannot work on, as the request's answer: the problem's own code and
 * sentence (as the stack commands print them), with a status that tells the page whether it is the
 * directory's state (409: no stamp there, a database too new, one already there) or something that may
 * pass (503: a database busy or unusable now, the emulator's CA unreadable). Never 404, which the page
 * reads as a part of the portal this emulator does not offer.
 */
public final class StampRefusal {

    static final int CONFLICT = 409;
    static final int UNAVAILABLE = 503;

    private StampRefusal() {
    }

    public static StampDenial of(StackProblem problem) {
        Object[] values = problem.arguments().toJavaArray();
        return new StampDenial.Refused(status(problem), problem.code(),
                language -> CliText.in(language).format("problem." + problem.code() + ".message", values));
    }

    static int status(StackProblem problem) {
        if (problem instanceof StackProblem.DataStoreUnavailable || problem instanceof StackProblem.CaCertificateUnusable) {
            return UNAVAILABLE;
        }
        return CONFLICT;
    }
}
