package io.stackbridge.application.service.archfixture;

import dagger.Module;
import dagger.Provides;

/** Breaks rule l: the application listing a binding for Dagger. */
@Module
public final class ApplicationModule {

    private ApplicationModule() {
    }

    @Provides
    static ArchiveRegistrationHandler handler() {
        return new ArchiveRegistrationHandler();
    }
}
