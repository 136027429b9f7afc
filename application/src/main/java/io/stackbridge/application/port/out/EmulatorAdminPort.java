package io.stackbridge.application.port.out;

import io.stackbridge.application.port.in.admin.ReadJournalUseCase.JournalQuery;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.BatchQuery;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.SummaryQuery;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.stackbridge.domain.journal.JournalContents;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.LedgerSummary;
import io.stackbridge.domain.usage.ReceivedBatches;
import io.stackbridge.domain.world.World;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Duration;

/**
 * How an operator's terminal (the {@code azure}, {@code lab} and {@code demo} commands) reaches the
 * controls of an emulated Azure: the ones its admin API serves under {@code /_stackbridge/}. Failing to
 * reach it comes back as a bridge code ({@code NetworkError}, {@code CertificateValidationError}, …);
 * refused input keeps the emulator's own code ({@code InvalidRequestContent}, …). Principals read back
 * through {@link #world()} carry no usable secret.
 */
public interface EmulatorAdminPort {

    Either<DomainError, List<FaultRule>> faultRules();

    /** Adds the rule after those in force (a rule of the same ID is replaced in place); answers it as stored. */
    Either<DomainError, FaultRule> addFaultRule(FaultRule rule);

    Either<DomainError, Removal> removeFaultRule(String id);

    /** Removes every rule; with a seed, the random source restarts from it. */
    Either<DomainError, Done> clearFaultRules(Option<Long> seed);

    Either<DomainError, JournalContents> journal(JournalQuery query);

    Either<DomainError, Done> clearJournal();

    Either<DomainError, Duration> clockOffset();

    Either<DomainError, Duration> setClockOffset(Duration offset);

    Either<DomainError, World> world();

    Either<DomainError, Done> putSubscription(DirectorySubscription subscription);

    Either<DomainError, Done> putPrincipal(ServicePrincipal principal);

    /** Everything back as it was at start: registrations, tenants, approvals, rules, journal, clock, seed. */
    Either<DomainError, Done> reset();

    Either<DomainError, Done> approveMultiTenancy(RegistrationKey registration);

    Either<DomainError, Done> revokeMultiTenancy(RegistrationKey registration);

    Either<DomainError, LedgerSummary> usage(SummaryQuery query);

    Either<DomainError, ReceivedBatches> batches(BatchQuery query);

    /** The answer of a control that has nothing to say but that it was done. */
    enum Done {
        DONE
    }
}
