package io.stackbridge.adapters.cli.wiring;

import dagger.Binds;
import dagger.Module;
import dagger.multibindings.IntoSet;
import io.stackbridge.adapters.cli.Subcommand;
import io.stackbridge.adapters.cli.bridge.BridgeDiagnoseCommand;
import io.stackbridge.adapters.cli.bridge.BridgePushCommand;
import io.stackbridge.adapters.cli.bridge.BridgeRunCommand;
import io.stackbridge.adapters.cli.bridge.BridgeStatusCommand;
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

    // mktstack
    @Binds @IntoSet Subcommand marketplaceList(MarketplaceListCommand command);

    @Binds @IntoSet Subcommand marketplaceShow(MarketplaceShowCommand command);

    @Binds @IntoSet Subcommand marketplaceDownload(MarketplaceDownloadCommand command);

    @Binds @IntoSet Subcommand marketplaceRemove(MarketplaceRemoveCommand command);
}
