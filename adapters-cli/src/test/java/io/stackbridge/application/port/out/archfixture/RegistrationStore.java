package io.stackbridge.application.port.out.archfixture;

/** Breaks rule g: a driven port whose name does not end in Port. */
public interface RegistrationStore {

    void save(String registrationName);
}
