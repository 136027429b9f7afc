package io.stackbridge.adapters.cli.emulator;

import io.stackbridge.application.port.in.admin.AddFaultRuleUseCase;
import io.stackbridge.application.port.in.admin.ClearFaultRulesUseCase;
import io.stackbridge.application.port.in.admin.ClearJournalUseCase;
import io.stackbridge.application.port.in.admin.ListFaultRulesUseCase;
import io.stackbridge.application.port.in.admin.PutDirectorySubscriptionUseCase;
import io.stackbridge.application.port.in.admin.PutServicePrincipalUseCase;
import io.stackbridge.application.port.in.admin.ReadJournalUseCase;
import io.stackbridge.application.port.in.admin.RemoveFaultRuleUseCase;
import io.stackbridge.application.port.in.admin.ResetEmulatorUseCase;
import io.stackbridge.application.port.in.admin.SetClockOffsetUseCase;
import io.stackbridge.application.port.in.registration.ApproveMultiTenancyUseCase;
import io.stackbridge.application.port.in.registration.RevokeMultiTenancyUseCase;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase;

/**
 * The running emulator's administrator, in process: the same use cases its {@code /_stackbridge/…}
 * admin API calls (approvals, fault rules, world, journal, clock, reset), and the usage ledger's totals.
 */
public record EmulatorAdmin(
        ApproveMultiTenancyUseCase approveMultiTenancy,
        RevokeMultiTenancyUseCase revokeMultiTenancy,
        AddFaultRuleUseCase addFaultRule,
        RemoveFaultRuleUseCase removeFaultRule,
        ClearFaultRulesUseCase clearFaultRules,
        ListFaultRulesUseCase listFaultRules,
        PutDirectorySubscriptionUseCase putDirectorySubscription,
        PutServicePrincipalUseCase putServicePrincipal,
        ReadJournalUseCase readJournal,
        ClearJournalUseCase clearJournal,
        SetClockOffsetUseCase setClockOffset,
        ResetEmulatorUseCase resetEmulator,
        QueryUsageLedgerUseCase queryUsageLedger) {

    public EmulatorAdmin {
        java.util.Objects.requireNonNull(resetEmulator, "resetEmulator");
        java.util.Objects.requireNonNull(queryUsageLedger, "queryUsageLedger");
    }
}
