package io.stackbridge.adapters.cli.wiring;

import dagger.Binds;
import dagger.Module;
import dagger.multibindings.IntoSet;
import io.stackbridge.adapters.cli.Subcommand;
import io.stackbridge.adapters.cli.azure.AzureApproveCommand;
import io.stackbridge.adapters.cli.azure.AzureClockCommand;
import io.stackbridge.adapters.cli.azure.AzureFaultAddCommand;
import io.stackbridge.adapters.cli.azure.AzureFaultClearCommand;
import io.stackbridge.adapters.cli.azure.AzureFaultListCommand;
import io.stackbridge.adapters.cli.azure.AzureFaultPresetsCommand;
import io.stackbridge.adapters.cli.azure.AzureFaultRemoveCommand;
import io.stackbridge.adapters.cli.azure.AzureJournalCommand;
import io.stackbridge.adapters.cli.azure.AzureRegistrationListCommand;
import io.stackbridge.adapters.cli.azure.AzureRegistrationRemoveCommand;
import io.stackbridge.adapters.cli.azure.AzureRegistrationShowCommand;
import io.stackbridge.adapters.cli.azure.AzureResetCommand;
import io.stackbridge.adapters.cli.azure.AzureRevokeCommand;
import io.stackbridge.adapters.cli.azure.AzureTenantAddCommand;
import io.stackbridge.adapters.cli.azure.AzureTenantListCommand;
import io.stackbridge.adapters.cli.azure.AzureTenantRemoveCommand;
import io.stackbridge.adapters.cli.azure.AzureTenantShowCommand;
import io.stackbridge.adapters.cli.azure.AzureUsageCommand;
import io.stackbridge.adapters.cli.azure.AzureWorldCommand;
import io.stackbridge.adapters.cli.bridge.BridgeDiagnoseCommand;
import io.stackbridge.adapters.cli.bridge.BridgePushCommand;
import io.stackbridge.adapters.cli.bridge.BridgeRunCommand;
import io.stackbridge.adapters.cli.bridge.BridgeStatusCommand;
import io.stackbridge.adapters.cli.lab.LabCheckCommand;
import io.stackbridge.adapters.cli.lab.LabHintCommand;
import io.stackbridge.adapters.cli.lab.LabListCommand;
import io.stackbridge.adapters.cli.lab.LabResetCommand;
import io.stackbridge.adapters.cli.lab.LabStartCommand;
import io.stackbridge.adapters.cli.demo.DemoCommand;
import io.stackbridge.adapters.cli.demo.DemoGround;
import io.stackbridge.adapters.cli.errors.ErrorsExplainCommand;
import io.stackbridge.adapters.cli.errors.ErrorsListCommand;
import io.stackbridge.adapters.cli.marketplace.MarketplaceDownloadCommand;
import io.stackbridge.adapters.cli.marketplace.MarketplaceListCommand;
import io.stackbridge.adapters.cli.marketplace.MarketplaceRemoveCommand;
import io.stackbridge.adapters.cli.marketplace.MarketplaceShowCommand;
import io.stackbridge.adapters.cli.serve.ServeCommand;
import io.stackbridge.adapters.cli.stamp.StampActivateCommand;
import io.stackbridge.adapters.cli.stamp.StampDeactivateCommand;
import io.stackbridge.adapters.cli.stamp.StampInitCommand;
import io.stackbridge.adapters.cli.stamp.StampPropertiesCommand;
import io.stackbridge.adapters.cli.stamp.StampRegisterCommand;
import io.stackbridge.adapters.cli.stamp.StampTokenCommand;
import io.stackbridge.adapters.cli.training.TrainingRunCommand;
import io.stackbridge.adapters.cli.usage.UsageAggregatesCommand;
import io.stackbridge.adapters.cli.usage.UsageSimulateCommand;

/** The commands of {@code stackbridge}, one line each. */
@Module
interface CommandsModule {

    @Binds @IntoSet Subcommand serve(ServeCommand command);

    @Binds @IntoSet Subcommand stampInit(StampInitCommand command);

    @Binds @IntoSet Subcommand stampToken(StampTokenCommand command);

    @Binds @IntoSet Subcommand stampRegister(StampRegisterCommand command);

    @Binds @IntoSet Subcommand stampActivate(StampActivateCommand command);

    @Binds @IntoSet Subcommand stampDeactivate(StampDeactivateCommand command);

    @Binds @IntoSet Subcommand stampProperties(StampPropertiesCommand command);

    @Binds @IntoSet Subcommand usageSimulate(UsageSimulateCommand command);

    @Binds @IntoSet Subcommand usageAggregates(UsageAggregatesCommand command);

    @Binds @IntoSet Subcommand bridgePush(BridgePushCommand command);

    @Binds @IntoSet Subcommand bridgeRun(BridgeRunCommand command);

    @Binds @IntoSet Subcommand bridgeStatus(BridgeStatusCommand command);

    @Binds @IntoSet Subcommand bridgeDiagnose(BridgeDiagnoseCommand command);

    @Binds @IntoSet Subcommand trainingRun(TrainingRunCommand command);

    // azcli

    @Binds @IntoSet Subcommand azureRegistrationList(AzureRegistrationListCommand command);

    @Binds @IntoSet Subcommand azureRegistrationShow(AzureRegistrationShowCommand command);

    @Binds @IntoSet Subcommand azureRegistrationRemove(AzureRegistrationRemoveCommand command);

    @Binds @IntoSet Subcommand azureTenantAdd(AzureTenantAddCommand command);

    @Binds @IntoSet Subcommand azureTenantList(AzureTenantListCommand command);

    @Binds @IntoSet Subcommand azureTenantShow(AzureTenantShowCommand command);

    @Binds @IntoSet Subcommand azureTenantRemove(AzureTenantRemoveCommand command);

    @Binds @IntoSet Subcommand azureApprove(AzureApproveCommand command);

    @Binds @IntoSet Subcommand azureRevoke(AzureRevokeCommand command);

    @Binds @IntoSet Subcommand azureFaultAdd(AzureFaultAddCommand command);

    @Binds @IntoSet Subcommand azureFaultList(AzureFaultListCommand command);

    @Binds @IntoSet Subcommand azureFaultRemove(AzureFaultRemoveCommand command);

    @Binds @IntoSet Subcommand azureFaultClear(AzureFaultClearCommand command);

    @Binds @IntoSet Subcommand azureFaultPresets(AzureFaultPresetsCommand command);

    @Binds @IntoSet Subcommand azureJournal(AzureJournalCommand command);

    @Binds @IntoSet Subcommand azureClock(AzureClockCommand command);

    @Binds @IntoSet Subcommand azureWorld(AzureWorldCommand command);

    @Binds @IntoSet Subcommand azureReset(AzureResetCommand command);

    @Binds @IntoSet Subcommand azureUsage(AzureUsageCommand command);

    // labs
    @Binds @IntoSet Subcommand labList(LabListCommand command);

    @Binds @IntoSet Subcommand labStart(LabStartCommand command);

    @Binds @IntoSet Subcommand labHint(LabHintCommand command);

    @Binds @IntoSet Subcommand labCheck(LabCheckCommand command);

    @Binds @IntoSet Subcommand labReset(LabResetCommand command);
    // demo
    @Binds @IntoSet Subcommand demo(DemoCommand command);

    @Binds DemoGround demoGround(WiredDemoGround ground);
    // words
    @Binds @IntoSet Subcommand errorsList(ErrorsListCommand command);

    @Binds @IntoSet Subcommand errorsExplain(ErrorsExplainCommand command);
    // mktstack
    @Binds @IntoSet Subcommand marketplaceList(MarketplaceListCommand command);

    @Binds @IntoSet Subcommand marketplaceShow(MarketplaceShowCommand command);

    @Binds @IntoSet Subcommand marketplaceDownload(MarketplaceDownloadCommand command);

    @Binds @IntoSet Subcommand marketplaceRemove(MarketplaceRemoveCommand command);
    // logs
    @Binds @IntoSet Subcommand supportLogs(io.stackbridge.adapters.cli.support.SupportLogsCommand command);
}
