package io.stackbridge.domain.archfixture;

import io.stackbridge.application.service.archfixture.ArchiveRegistrationHandler;

/** Breaks rules a and b: a domain class that depends on an application service. */
public final class DomainReachingIntoApplication {

    public void archive(ArchiveRegistrationHandler handler) {
        handler.archive("registration");
    }
}
