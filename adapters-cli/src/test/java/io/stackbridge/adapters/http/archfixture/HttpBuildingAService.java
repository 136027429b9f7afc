package io.stackbridge.adapters.http.archfixture;

import io.stackbridge.application.port.in.archfixture.ArchiveRegistrationUseCase;
import io.stackbridge.application.service.archfixture.ArchiveRegistrationHandler;

/** Breaks rule m: an adapter building the service behind a use case instead of being given the use case. */
public final class HttpBuildingAService {

    public ArchiveRegistrationUseCase archive() {
        return new ArchiveRegistrationHandler();
    }
}
