package io.stackbridge.application.port.in.archfixture;

/** Breaks rule e: a use case that is a class instead of an interface. */
public class RenewLicenceUseCase {
}
