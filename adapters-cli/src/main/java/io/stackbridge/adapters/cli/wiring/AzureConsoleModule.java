package io.stackbridge.adapters.cli.wiring;

import dagger.Binds;
import dagger.Module;
import io.stackbridge.adapters.cli.azure.AzureSideOpener;

/** The terminal's way to an emulated Azure, for the {@code azure} commands (and the labs and the demo). */
@Module
interface AzureConsoleModule {

    @Binds AzureSideOpener opener(AzureConsole console);
}
