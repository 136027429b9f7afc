package io.stackbridge.adapters.cli.lab;

import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase.Simulation;
import io.stackbridge.application.port.in.stamp.RegisterStampUseCase.Request;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.stamp.BillingChoice;
import io.stackbridge.domain.stamp.RegionProperties;
import io.stackbridge.domain.stamp.RegistrationStatus;
import io.vavr.control.Either;

import java.time.temporal.ChronoUnit;

/**
 * What every lab starts from, made idempotently: the stamp registered PayAsYouUse with the emulator
 * (kept if Azure still has its registration, registered again otherwise), and usage waiting to be sent.
 */
final class LabStamp {

    /** Hours of usage a bridge lab simulates when nothing waits in the outbox. */
    static final int HOURS_OF_USAGE = 6;

    /** The agreement number of the Capacity registration a lab makes. */
    static final String AGREEMENT_NUMBER = "7654321";

    private LabStamp() {
    }

    /** The stamp's registration in Azure, PayAsYouUse, registering the stamp (again) if it is not there. */
    static Either<DomainError, RegistrationKey> registered(LabSession session) {
        RegionProperties properties = session.stamp().readRegionProperties().properties();
        boolean payAsYouUse = properties.billingModel().contains(BillingModel.PayAsYouUse);
        if (properties.status() == RegistrationStatus.REGISTERED && payAsYouUse
                && properties.registration().exists(key -> session.azure().registrations().get(key).isRight())) {
            return Either.right(properties.registration().get());
        }
        return register(session, BillingChoice.of(BillingModel.PayAsYouUse));
    }

    /** Registers the stamp with {@code choice}, in the well-known registration subscription under its conventional name. */
    static Either<DomainError, RegistrationKey> register(LabSession session, BillingChoice choice) {
        return session.stamp().chooseBilling().choose(choice).flatMap(stamp -> {
            Request request = Request.defaults(SubscriptionId.of(session.defaults().registrationSubscription()), stamp);
            return session.stamp().registerStamp().register(request).outcome().map(activation -> request.key());
        });
    }

    /** The stamp registered again as Capacity, under the same name: what a colleague's re-registration would do. */
    static Either<DomainError, RegistrationKey> capacity(LabSession session) {
        return register(session, BillingChoice.of(BillingModel.Capacity).withAgreementNumber(AGREEMENT_NUMBER));
    }

    /** How many records wait in the outbox, after simulating a few hours if none did. */
    static int usageWaiting(LabSession session) {
        int pending = pending(session);
        if (pending > 0) {
            return pending;
        }
        session.stamp().simulateWorkload().simulate(new Simulation(
                session.stamp().stampClock().now().truncatedTo(ChronoUnit.HOURS), HOURS_OF_USAGE));
        return pending(session);
    }

    static int pending(LabSession session) {
        return session.stamp().readBridgeStatus().status().pendingCount();
    }
}
