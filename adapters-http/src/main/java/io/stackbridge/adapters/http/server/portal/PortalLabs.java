package io.stackbridge.adapters.http.server.portal;

import io.stackbridge.domain.text.Language;
import io.vavr.control.Either;

/**
 * The labs of the stamp the portal shows: listed, started, hinted, checked and reset from the page, with
 * the same state as the {@code lab} commands. A name that is no lab is a coded error.
 */
public interface PortalLabs {

    LabsView list(Language language);

    Either<StampDenial, LabStartView> start(String name, Language language);

    Either<StampDenial, LabHintView> hint(String name, Language language);

    Either<StampDenial, LabCheckView> check(String name, Language language);

    Either<StampDenial, LabResetView> reset(String name, Language language);
}
