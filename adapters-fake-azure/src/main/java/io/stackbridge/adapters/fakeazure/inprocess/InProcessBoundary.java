package io.stackbridge.adapters.fakeazure.inprocess;

import io.stackbridge.domain.bridge.CalledService;
import io.stackbridge.adapters.fakeazure.clock.AdjustableClock;
import io.stackbridge.adapters.fakeazure.fault.FaultDetail;
import io.stackbridge.adapters.fakeazure.fault.FaultInjector;
import io.stackbridge.adapters.fakeazure.fault.Pause;
import io.stackbridge.adapters.fakeazure.journal.OperationJournal;
import io.stackbridge.domain.bridge.TransportFailure;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorFactory;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.journal.JournalEntry;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Where a stack-side call enters the in-process Azure: a fault rule may fire for it (and decide
 * its fate), the answer is named as the HTTP client would name it, and the call is journaled.
 */
@Singleton
public final class InProcessBoundary {

    private final FaultInjector faults;
    private final AdjustableClock clock;
    private final OperationJournal journal;
    private final Duration timeout;

    @Inject
    public InProcessBoundary(FaultInjector faults, AdjustableClock clock, OperationJournal journal, @InProcessTimeout Duration timeout) {
        this.faults = faults;
        this.clock = clock;
        this.journal = journal;
        this.timeout = timeout;
    }

    /** Serves one call on {@code resource} through the fault rules, naming failures with {@code naming}. */
    <T> Either<DomainError, T> call(FaultCall call, String resource, CalledService naming, Supplier<Either<DomainError, T>> serve) {
        Option<FaultRule> fired = faults.draw(call);
        Either<DomainError, T> outcome = fired.isEmpty() ? answered(naming, serve) : faulted(fired.get(), call, naming, serve);
        journal.record(call.operation(), resource, outcome.fold(error -> error.code().name(), ok -> JournalEntry.OK),
                fired.map(FaultRule::id));
        return outcome;
    }

    private <T> Either<DomainError, T> faulted(FaultRule rule, FaultCall call, CalledService naming,
                                               Supplier<Either<DomainError, T>> serve) {
        FaultEffect effect = rule.effect();
        if (effect instanceof FaultEffect.ReturnError error) {
            return Either.left(naming.refused(ErrorFactory.of(error.code(), call.errorContext().detail(FaultDetail.of(rule)))));
        }
        if (effect instanceof FaultEffect.Delay delay) {
            Pause.sleep(delay.delay());
            return answered(naming, serve);
        }
        if (effect instanceof FaultEffect.ShiftClock shift) {
            return clock.shifted(shift.offset(), () -> answered(naming, serve));
        }
        return TransportFailures.of(effect)
                .<Either<DomainError, T>>map(failure -> Either.left(naming.unanswered(failure, timeout, FaultDetail.of(rule))))
                .getOrElse(() -> answered(naming, serve));
    }

    private static <T> Either<DomainError, T> answered(CalledService naming, Supplier<Either<DomainError, T>> serve) {
        return serve.get().mapLeft(naming::refused);
    }

    /** How connection-level effects surface in process; the others (MetadataResolverFailure) do nothing here. */
    static final class TransportFailures {

        private TransportFailures() {
        }

        static Option<TransportFailure> of(FaultEffect effect) {
            if (effect instanceof FaultEffect.Slow) {
                return Option.some(TransportFailure.TIMED_OUT);
            }
            if (effect instanceof FaultEffect.UntrustedCertificate) {
                return Option.some(TransportFailure.UNTRUSTED_CERTIFICATE);
            }
            boolean unreachable = effect instanceof FaultEffect.Unreachable || effect instanceof FaultEffect.ResetConnection
                    || effect instanceof FaultEffect.EmptyResponse || effect instanceof FaultEffect.PartialBody;
            return unreachable ? Option.some(TransportFailure.UNREACHABLE) : Option.none();
        }
    }
}
