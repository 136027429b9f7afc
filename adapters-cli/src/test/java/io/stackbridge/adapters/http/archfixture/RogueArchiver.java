package io.stackbridge.adapters.http.archfixture;

import io.stackbridge.application.port.in.archfixture.ArchiveRegistrationUseCase;

/** Breaks rule f: a use-case implementation outside application.service, not named Service. */
public final class RogueArchiver implements ArchiveRegistrationUseCase {

    @Override
    public void archive(String registrationName) {
    }
}
