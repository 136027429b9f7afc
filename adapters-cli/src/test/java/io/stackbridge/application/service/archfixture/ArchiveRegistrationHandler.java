package io.stackbridge.application.service.archfixture;

import io.stackbridge.application.port.in.archfixture.ArchiveRegistrationUseCase;

/** Breaks rule f: a use-case implementation whose name does not end in Service. */
public class ArchiveRegistrationHandler implements ArchiveRegistrationUseCase {

    @Override
    public void archive(String registrationName) {
    }
}
