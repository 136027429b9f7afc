package io.stackbridge.adapters.cli.wiring;

import dagger.BindsInstance;
import dagger.Component;
import io.stackbridge.adapters.cli.Program;
import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.emulator.EmulatorStarter;
import jakarta.inject.Singleton;

/** The {@code stackbridge} program: its commands, the console they write to, and how they start emulators. */
@Singleton
@Component(modules = {CommandsModule.class, CliModule.class, StackModule.class, AzureConsoleModule.class})
public interface StackBridgeComponent {

    Program program();

    /** Starts emulators in this process (the JUnit extension uses it too). */
    EmulatorStarter emulators();

    /** The program writing to this process's standard streams. */
    static StackBridgeComponent create() {
        return create(ConsoleOutput.system());
    }

    static StackBridgeComponent create(ConsoleOutput console) {
        return DaggerStackBridgeComponent.factory().create(console);
    }

    /** Makes the program around a console. */
    @Component.Factory
    interface Factory {
        StackBridgeComponent create(@BindsInstance ConsoleOutput console);
    }
}
