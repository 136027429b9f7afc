package io.stackbridge.adapters.cli.wiring;

import dagger.Module;
import dagger.Provides;
import io.stackbridge.application.port.in.linked.CreateOrUpdateLinkedSubscriptionUseCase;
import io.stackbridge.application.port.in.linked.DeleteLinkedSubscriptionUseCase;
import io.stackbridge.application.port.in.linked.GetLinkedSubscriptionUseCase;
import io.stackbridge.application.port.in.linked.ListLinkedSubscriptionsUseCase;
import io.stackbridge.application.port.in.linked.UpdateLinkedSubscriptionUseCase;
import io.stackbridge.application.port.out.ClockPort;
import io.stackbridge.application.port.out.LinkedSubscriptionStorePort;
import io.stackbridge.application.port.out.ProviderRegistrationPort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.ResourceGroupStorePort;
import io.stackbridge.application.port.out.TransactionPort;
import io.stackbridge.application.service.linked.CreateOrUpdateLinkedSubscriptionService;
import io.stackbridge.application.service.linked.DeleteLinkedSubscriptionService;
import io.stackbridge.application.service.linked.GetLinkedSubscriptionService;
import io.stackbridge.application.service.linked.ListLinkedSubscriptionsService;
import io.stackbridge.application.service.linked.UpdateLinkedSubscriptionService;
import jakarta.inject.Singleton;

/** The linked subscriptions' use cases, each with the service that implements it, over the component's store. */
@Module
public final class LinkedSubscriptionUseCasesModule {

    private LinkedSubscriptionUseCasesModule() {
    }

    @Provides @Singleton
    static ListLinkedSubscriptionsUseCase listLinkedSubscriptions(LinkedSubscriptionStorePort links, ResourceGroupStorePort groups) {
        return new ListLinkedSubscriptionsService(links, groups);
    }

    @Provides @Singleton
    static GetLinkedSubscriptionUseCase getLinkedSubscription(LinkedSubscriptionStorePort links) {
        return new GetLinkedSubscriptionService(links);
    }

    @Provides @Singleton
    static CreateOrUpdateLinkedSubscriptionUseCase createOrUpdateLinkedSubscription(LinkedSubscriptionStorePort links,
            RegistrationStorePort registrations, ResourceGroupStorePort groups, ProviderRegistrationPort providers, ClockPort clock,
            TransactionPort transactions) {
        return new CreateOrUpdateLinkedSubscriptionService(links, registrations, groups, providers, clock, transactions);
    }

    @Provides @Singleton
    static UpdateLinkedSubscriptionUseCase updateLinkedSubscription(LinkedSubscriptionStorePort links, RegistrationStorePort registrations,
            ClockPort clock, TransactionPort transactions) {
        return new UpdateLinkedSubscriptionService(links, registrations, clock, transactions);
    }

    @Provides @Singleton
    static DeleteLinkedSubscriptionUseCase deleteLinkedSubscription(LinkedSubscriptionStorePort links, TransactionPort transactions) {
        return new DeleteLinkedSubscriptionService(links, transactions);
    }
}
