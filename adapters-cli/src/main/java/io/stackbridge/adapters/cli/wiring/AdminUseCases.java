package io.stackbridge.adapters.cli.wiring;

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

/** The emulator-control use cases of one fake Azure: reset, world, faults, journal and clock. */
public interface AdminUseCases {

    ResetEmulatorUseCase resetEmulator();

    ReadWorldUseCase readWorld();

    PutDirectorySubscriptionUseCase putDirectorySubscription();

    PutServicePrincipalUseCase putServicePrincipal();

    ListFaultRulesUseCase listFaultRules();

    AddFaultRuleUseCase addFaultRule();

    RemoveFaultRuleUseCase removeFaultRule();

    ClearFaultRulesUseCase clearFaultRules();

    DrawFaultUseCase drawFault();

    RecordCallUseCase recordCall();

    ReadJournalUseCase readJournal();

    ClearJournalUseCase clearJournal();

    ReadClockOffsetUseCase readClockOffset();

    SetClockOffsetUseCase setClockOffset();

    ServeWithShiftedClockUseCase serveWithShiftedClock();

    // azure portal
    ListEveryRegistrationUseCase listEveryRegistration();

    ChartBookedUsageUseCase chartBookedUsage();
}
