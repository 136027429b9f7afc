package io.stackbridge.application.port.in.archfixture;

/** A well-formed use case whose implementations break rule f. */
public interface ArchiveRegistrationUseCase {

    void archive(String registrationName);
}
