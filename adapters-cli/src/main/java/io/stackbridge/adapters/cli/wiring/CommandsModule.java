package io.stackbridge.adapters.cli.wiring;

import dagger.Binds;
import dagger.Module;
import dagger.multibindings.IntoSet;
import io.stackbridge.adapters.cli.Subcommand;
import io.stackbridge.adapters.cli.serve.ServeCommand;

/** The commands of {@code stackbridge}, one line each. */
@Module
interface CommandsModule {

    @Binds @IntoSet Subcommand serve(ServeCommand command);
}
