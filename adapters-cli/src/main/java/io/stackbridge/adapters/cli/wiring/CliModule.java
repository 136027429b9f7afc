package io.stackbridge.adapters.cli.wiring;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import io.stackbridge.adapters.cli.emulator.EmulatorStarter;
import io.stackbridge.adapters.cli.serve.Lifetime;
import io.stackbridge.adapters.cli.serve.ServeStarter;
import io.stackbridge.adapters.cli.serve.ShutdownSignal;
import io.stackbridge.adapters.cli.training.NativeLibraryCopy;
import io.stackbridge.adapters.sqlite.db.SqliteNativeLibrary;

/**
 * What the commands run on: emulators started in process (in memory or on a data directory), held up
 * until the process is asked to stop; and, for the launcher's training run, SQLite's native library.
 */
@Module
interface CliModule {

    @Binds
    EmulatorStarter emulators(EmulatorLauncher launcher);

    @Binds
    ServeStarter serveStarter(EmulatorLauncher launcher);

    @Binds
    Lifetime lifetime(ShutdownSignal signal);

    @Provides
    static NativeLibraryCopy nativeLibrary() {
        return SqliteNativeLibrary::copyTo;
    }
}
