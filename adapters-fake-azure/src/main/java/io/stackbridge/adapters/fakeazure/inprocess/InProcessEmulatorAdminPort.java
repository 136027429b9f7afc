package io.stackbridge.adapters.fakeazure.inprocess;

import io.stackbridge.application.port.in.admin.AddFaultRuleUseCase;
import io.stackbridge.application.port.in.admin.ClearFaultRulesUseCase;
import io.stackbridge.application.port.in.admin.ClearJournalUseCase;
import io.stackbridge.application.port.in.admin.ListFaultRulesUseCase;
import io.stackbridge.application.port.in.admin.PutDirectorySubscriptionUseCase;
import io.stackbridge.application.port.in.admin.PutServicePrincipalUseCase;
import io.stackbridge.application.port.in.admin.ReadClockOffsetUseCase;
import io.stackbridge.application.port.in.admin.ReadJournalUseCase;
import io.stackbridge.application.port.in.admin.ReadJournalUseCase.JournalQuery;
import io.stackbridge.application.port.in.admin.ReadWorldUseCase;
import io.stackbridge.application.port.in.admin.RemoveFaultRuleUseCase;
import io.stackbridge.application.port.in.admin.ResetEmulatorUseCase;
import io.stackbridge.application.port.in.admin.SetClockOffsetUseCase;
import io.stackbridge.application.port.in.registration.ApproveMultiTenancyUseCase;
import io.stackbridge.application.port.in.registration.RevokeMultiTenancyUseCase;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.BatchQuery;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.SummaryQuery;
import io.stackbridge.application.port.out.EmulatorAdminPort;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.directory.DirectorySubscription;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.identity.ClientSecret;
import io.stackbridge.domain.identity.ServicePrincipal;
import io.stackbridge.domain.journal.JournalContents;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.LedgerSummary;
import io.stackbridge.domain.usage.ReceivedBatches;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.stackbridge.domain.world.World;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * The controls of a fake Azure in this process: the use cases its admin API calls, called directly
 * (not faulted, not journaled). Principals come back without their secrets, as over HTTPS.
 */
public final class InProcessEmulatorAdminPort implements EmulatorAdminPort {

    /** About ten years either way, as the admin API allows. */
    private static final Duration FARTHEST_CLOCK_OFFSET = Duration.ofSeconds(315_360_000L);

    private final Admin admin;

    /** The use cases behind the controls. */
    record Admin(ListFaultRulesUseCase listFaultRules, AddFaultRuleUseCase addFaultRule, RemoveFaultRuleUseCase removeFaultRule,
                        ClearFaultRulesUseCase clearFaultRules, ReadJournalUseCase readJournal, ClearJournalUseCase clearJournal,
                        ReadClockOffsetUseCase readClockOffset, SetClockOffsetUseCase setClockOffset, ReadWorldUseCase readWorld,
                        PutDirectorySubscriptionUseCase putDirectorySubscription, PutServicePrincipalUseCase putServicePrincipal,
                        ResetEmulatorUseCase resetEmulator, ApproveMultiTenancyUseCase approveMultiTenancy,
                        RevokeMultiTenancyUseCase revokeMultiTenancy, QueryUsageLedgerUseCase ledger) {
    }

    @Inject
    public InProcessEmulatorAdminPort(ListFaultRulesUseCase listFaultRules, AddFaultRuleUseCase addFaultRule,
                                      RemoveFaultRuleUseCase removeFaultRule, ClearFaultRulesUseCase clearFaultRules,
                                      ReadJournalUseCase readJournal, ClearJournalUseCase clearJournal,
                                      ReadClockOffsetUseCase readClockOffset, SetClockOffsetUseCase setClockOffset,
                                      ReadWorldUseCase readWorld, PutDirectorySubscriptionUseCase putDirectorySubscription,
                                      PutServicePrincipalUseCase putServicePrincipal, ResetEmulatorUseCase resetEmulator,
                                      ApproveMultiTenancyUseCase approveMultiTenancy, RevokeMultiTenancyUseCase revokeMultiTenancy,
                                      QueryUsageLedgerUseCase ledger) {
        this.admin = new Admin(listFaultRules, addFaultRule, removeFaultRule, clearFaultRules, readJournal, clearJournal,
                readClockOffset, setClockOffset, readWorld, putDirectorySubscription, putServicePrincipal, resetEmulator,
                approveMultiTenancy, revokeMultiTenancy, ledger);
    }

    @Override
    public Either<DomainError, List<FaultRule>> faultRules() {
        return Either.right(admin.listFaultRules().list().rules());
    }

    @Override
    public Either<DomainError, FaultRule> addFaultRule(FaultRule rule) {
        return Either.right(admin.addFaultRule().add(rule));
    }

    @Override
    public Either<DomainError, Removal> removeFaultRule(String id) {
        return Either.right(admin.removeFaultRule().remove(id));
    }

    @Override
    public Either<DomainError, Done> clearFaultRules(Option<Long> seed) {
        admin.clearFaultRules().clear(seed);
        return Either.right(Done.DONE);
    }

    @Override
    public Either<DomainError, JournalContents> journal(JournalQuery query) {
        return Either.right(admin.readJournal().contents(query));
    }

    @Override
    public Either<DomainError, Done> clearJournal() {
        admin.clearJournal().clear();
        return Either.right(Done.DONE);
    }

    @Override
    public Either<DomainError, Duration> clockOffset() {
        return Either.right(admin.readClockOffset().offset());
    }

    @Override
    public Either<DomainError, Duration> setClockOffset(Duration offset) {
        long seconds = offset.toSeconds();
        if (offset.abs().compareTo(FARTHEST_CLOCK_OFFSET) > 0) {
            return Either.left(new ArmError.InvalidRequestContent(List.of(Violation.of("offsetSeconds", String.valueOf(seconds),
                    Rule.OUT_OF_RANGE, String.valueOf(-FARTHEST_CLOCK_OFFSET.toSeconds()), String.valueOf(FARTHEST_CLOCK_OFFSET.toSeconds())))));
        }
        return Either.right(admin.setClockOffset().set(Duration.ofSeconds(seconds)));
    }

    @Override
    public Either<DomainError, World> world() {
        World world = admin.readWorld().world();
        return Either.right(new World(world.subscriptions(), world.principals().map(InProcessEmulatorAdminPort::withoutSecret),
                world.resourceGroups(), world.providers(), world.products()));
    }

    @Override
    public Either<DomainError, Done> putSubscription(DirectorySubscription subscription) {
        admin.putDirectorySubscription().put(subscription);
        return Either.right(Done.DONE);
    }

    @Override
    public Either<DomainError, Done> putPrincipal(ServicePrincipal principal) {
        admin.putServicePrincipal().put(principal);
        return Either.right(Done.DONE);
    }

    @Override
    public Either<DomainError, Done> reset() {
        admin.resetEmulator().reset();
        return Either.right(Done.DONE);
    }

    @Override
    public Either<DomainError, Done> approveMultiTenancy(RegistrationKey registration) {
        return admin.approveMultiTenancy().approve(registration).map(approved -> Done.DONE);
    }

    @Override
    public Either<DomainError, Done> revokeMultiTenancy(RegistrationKey registration) {
        return admin.revokeMultiTenancy().revoke(registration).map(revoked -> Done.DONE);
    }

    @Override
    public Either<DomainError, LedgerSummary> usage(SummaryQuery query) {
        return Either.right(admin.ledger().summary(query));
    }

    @Override
    public Either<DomainError, ReceivedBatches> batches(BatchQuery query) {
        return Either.right(admin.ledger().batches(query));
    }

    private static ServicePrincipal withoutSecret(ServicePrincipal principal) {
        return new ServicePrincipal(principal.tenantId(), principal.clientId(), principal.objectId(), new ClientSecret(""),
                principal.enabled(), principal.displayName());
    }
}
