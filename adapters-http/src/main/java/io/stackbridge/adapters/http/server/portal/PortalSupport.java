package io.stackbridge.adapters.http.server.portal;

import io.stackbridge.adapters.support.logs.LogSelection;
import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;

/** The stamp's support logs (AzureBridge, WAS, WASPublic), collected into a bundle the page downloads. */
public interface PortalSupport {

    /** The ZIP of the lines {@code selection} picks, with its manifest, and the file name it is offered under; or why not. */
    Either<DomainError, SupportBundle> logs(LogSelection selection);
}
