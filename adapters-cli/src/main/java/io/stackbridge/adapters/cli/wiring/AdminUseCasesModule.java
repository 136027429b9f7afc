package io.stackbridge.adapters.cli.wiring;

import dagger.Module;
import dagger.Provides;
import io.stackbridge.application.port.in.admin.AddFaultRuleUseCase;
import io.stackbridge.application.port.in.admin.ClearFaultRulesUseCase;
import io.stackbridge.application.port.in.admin.ClearJournalUseCase;
import io.stackbridge.application.port.in.admin.DrawFaultUseCase;
import io.stackbridge.application.port.in.admin.ListFaultRulesUseCase;
import io.stackbridge.application.port.in.admin.PutDirectorySubscriptionUseCase;
import io.stackbridge.application.port.in.admin.PutServicePrincipalUseCase;
import io.stackbridge.application.port.in.admin.ReadClockOffsetUseCase;
import io.stackbridge.application.port.in.admin.ReadJournalUseCase;
import io.stackbridge.application.port.in.admin.ReadWorldUseCase;
import io.stackbridge.application.port.in.admin.RecordCallUseCase;
import io.stackbridge.application.port.in.admin.RemoveFaultRuleUseCase;
import io.stackbridge.application.port.in.admin.ResetEmulatorUseCase;
import io.stackbridge.application.port.in.admin.ServeWithShiftedClockUseCase;
import io.stackbridge.application.port.in.admin.SetClockOffsetUseCase;
import io.stackbridge.application.port.in.admin.ListEveryRegistrationUseCase;
import io.stackbridge.application.port.in.usage.ChartBookedUsageUseCase;
import io.stackbridge.application.port.out.ClockPort;
import io.stackbridge.application.port.out.CustomerSubscriptionStorePort;
import io.stackbridge.application.port.out.MultiTenancyApprovalPort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.UsageLedgerPort;
import io.stackbridge.application.service.admin.ListEveryRegistrationService;
import io.stackbridge.application.service.usage.ChartBookedUsageService;
import io.stackbridge.application.port.out.ClockControlPort;
import io.stackbridge.application.port.out.FaultRulesPort;
import io.stackbridge.application.port.out.OperationJournalPort;
import io.stackbridge.application.port.out.ResetPort;
import io.stackbridge.application.port.out.WorldPort;
import io.stackbridge.application.service.admin.AddFaultRuleService;
import io.stackbridge.application.service.admin.ClearFaultRulesService;
import io.stackbridge.application.service.admin.ClearJournalService;
import io.stackbridge.application.service.admin.DrawFaultService;
import io.stackbridge.application.service.admin.ListFaultRulesService;
import io.stackbridge.application.service.admin.PutDirectorySubscriptionService;
import io.stackbridge.application.service.admin.PutServicePrincipalService;
import io.stackbridge.application.service.admin.ReadClockOffsetService;
import io.stackbridge.application.service.admin.ReadJournalService;
import io.stackbridge.application.service.admin.ReadWorldService;
import io.stackbridge.application.service.admin.RecordCallService;
import io.stackbridge.application.service.admin.RemoveFaultRuleService;
import io.stackbridge.application.service.admin.ResetEmulatorService;
import io.stackbridge.application.service.admin.ServeWithShiftedClockService;
import io.stackbridge.application.service.admin.SetClockOffsetService;
import jakarta.inject.Singleton;

/** The emulator-control use cases (reset, world, faults, journal, clock), each listed once with the service that implements it. */
@Module
public final class AdminUseCasesModule {

    private AdminUseCasesModule() {
    }

    @Provides
    @Singleton
    static ResetEmulatorUseCase resetEmulator(ResetPort resets) {
        return new ResetEmulatorService(resets);
    }

    @Provides
    @Singleton
    static ReadWorldUseCase readWorld(WorldPort world) {
        return new ReadWorldService(world);
    }

    @Provides
    @Singleton
    static PutDirectorySubscriptionUseCase putDirectorySubscription(WorldPort world) {
        return new PutDirectorySubscriptionService(world);
    }

    @Provides
    @Singleton
    static PutServicePrincipalUseCase putServicePrincipal(WorldPort world) {
        return new PutServicePrincipalService(world);
    }

    @Provides
    @Singleton
    static ListFaultRulesUseCase listFaultRules(FaultRulesPort faults) {
        return new ListFaultRulesService(faults);
    }

    @Provides
    @Singleton
    static AddFaultRuleUseCase addFaultRule(FaultRulesPort faults) {
        return new AddFaultRuleService(faults);
    }

    @Provides
    @Singleton
    static RemoveFaultRuleUseCase removeFaultRule(FaultRulesPort faults) {
        return new RemoveFaultRuleService(faults);
    }

    @Provides
    @Singleton
    static ClearFaultRulesUseCase clearFaultRules(FaultRulesPort faults) {
        return new ClearFaultRulesService(faults);
    }

    @Provides
    @Singleton
    static DrawFaultUseCase drawFault(FaultRulesPort faults) {
        return new DrawFaultService(faults);
    }

    @Provides
    @Singleton
    static RecordCallUseCase recordCall(OperationJournalPort journal) {
        return new RecordCallService(journal);
    }

    @Provides
    @Singleton
    static ReadJournalUseCase readJournal(OperationJournalPort journal) {
        return new ReadJournalService(journal);
    }

    @Provides
    @Singleton
    static ClearJournalUseCase clearJournal(OperationJournalPort journal) {
        return new ClearJournalService(journal);
    }

    @Provides
    @Singleton
    static ReadClockOffsetUseCase readClockOffset(ClockControlPort clock) {
        return new ReadClockOffsetService(clock);
    }

    @Provides
    @Singleton
    static SetClockOffsetUseCase setClockOffset(ClockControlPort clock) {
        return new SetClockOffsetService(clock);
    }

    @Provides
    @Singleton
    static ServeWithShiftedClockUseCase serveWithShiftedClock(ClockControlPort clock) {
        return new ServeWithShiftedClockService(clock);
    }

    // azure portal
    @Provides
    @Singleton
    static ListEveryRegistrationUseCase listEveryRegistration(RegistrationStorePort registrations, MultiTenancyApprovalPort approvals,
                                                              CustomerSubscriptionStorePort mappings) {
        return new ListEveryRegistrationService(registrations, approvals, mappings);
    }

    @Provides
    @Singleton
    static ChartBookedUsageUseCase chartBookedUsage(UsageLedgerPort ledger, ClockPort clock) {
        return new ChartBookedUsageService(ledger, clock);
    }
}
