package io.stackbridge.application.service.tenant;

import io.stackbridge.application.port.out.MultiTenancyApprovalPort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.SubscriptionDirectoryPort;
import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.Registration;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.tenant.DirectoryUnavailable;
import io.stackbridge.domain.tenant.OnboardingFacts;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** The onboarding policy's view of the world, answered by the driven ports on demand. */
final class PortBackedOnboardingFacts implements OnboardingFacts {

    private final RegistrationStorePort registrations;
    private final MultiTenancyApprovalPort approvals;
    private final SubscriptionDirectoryPort directory;

    PortBackedOnboardingFacts(RegistrationStorePort registrations, MultiTenancyApprovalPort approvals,
                              SubscriptionDirectoryPort directory) {
        this.registrations = registrations;
        this.approvals = approvals;
        this.directory = directory;
    }

    @Override
    public Option<Registration> registration(RegistrationKey key) {
        return registrations.find(key);
    }

    @Override
    public boolean approvedForMultiTenancy(RegistrationKey key) {
        return approvals.isApproved(key);
    }

    @Override
    public Either<DirectoryUnavailable, Option<DirectorySubscription>> lookUp(SubscriptionId subscriptionId) {
        return directory.resolve(subscriptionId);
    }
}
