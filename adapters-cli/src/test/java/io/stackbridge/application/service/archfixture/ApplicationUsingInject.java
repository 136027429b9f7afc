package io.stackbridge.application.service.archfixture;

/** Breaks rules c and d: an application class that depends on jakarta.inject. */
public final class ApplicationUsingInject {

    public String resolve(jakarta.inject.Provider<String> value) {
        return value.get();
    }
}
