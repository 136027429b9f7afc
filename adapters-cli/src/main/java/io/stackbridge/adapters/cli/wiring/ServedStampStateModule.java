package io.stackbridge.adapters.cli.wiring;

import dagger.Provides;
import io.stackbridge.adapters.stamp.state.InMemoryStampStateModule;
import io.stackbridge.adapters.stamp.state.InMemoryUsageOutbox;
import io.stackbridge.adapters.stamp.gallery.InMemoryProductGallery;
import io.stackbridge.application.port.out.ProductGalleryPort;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * The state of the stamp {@code serve} hosts: any in-memory stamp's ({@link InMemoryStampStateModule}),
 * except that its outbox is bounded to the hours the stamp simulates at start (this binding takes the
 * place of the outbox's own unbounded constructor). The portal's bridge drains it once the stamp is
 * registered; until then, or while that bridge fails for longer than the window, the oldest records
 * are dropped as new hours come in, so that a {@code serve} left running keeps bounded memory
 * (docs/portal.md, "The bridge's own schedule").
 */
@dagger.Module(includes = InMemoryStampStateModule.class)
final class ServedStampStateModule {

    /** How far back, from the newest usage hour, the served stamp's outbox keeps records. */
    static final Duration OUTBOX_WINDOW = Duration.ofHours(SimulatedStamp.HOURS);

    private ServedStampStateModule() {
    }

    @Provides @Singleton
    static InMemoryUsageOutbox servedOutbox() {
        return InMemoryUsageOutbox.keepingHoursWithin(OUTBOX_WINDOW);
    }

    // mktstack
    @Provides @Singleton
    static ProductGalleryPort gallery() {
        return new InMemoryProductGallery();
    }
}
