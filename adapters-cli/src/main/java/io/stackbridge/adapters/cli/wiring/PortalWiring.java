package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.portal.DirectoryStamp;
import io.stackbridge.adapters.cli.portal.HostedStamp;
import io.stackbridge.adapters.cli.stack.AzureChoice;
import io.stackbridge.adapters.http.server.portal.PortalLabs;
import io.stackbridge.adapters.http.server.portal.PortalSides;
import io.stackbridge.adapters.http.server.portal.PortalStamp;
import io.stackbridge.adapters.http.server.portal.PortalSupport;

import java.nio.file.Path;

/** What the operator's portal of a started emulator reaches: the stamp it shows, that stamp's labs and its support logs. */
final class PortalWiring {

    private PortalWiring() {
    }

    /** The portal's sides, and how to stop what they run (the stamp's bridge thread) when the emulator stops. */
    record Portal(PortalSides sides, Runnable stop) {
    }

    /** The Azure the hosted stamp reaches: {@code reach} to connect afresh, {@code ports} the same with the stamp's role logs. */
    record HostedAzure(ReconnectingAzure reach, AzureForStamp ports) {
    }

    /**
     * The stamp {@code serve} hosts, or the CLI stamp of {@code --stamp-dir}, reaching this emulator over
     * HTTPS as {@code emulator} says (the hosted one through {@code hostedAzure}); labs break and fix {@code azure} in process.
     */
    static Portal sides(EmulatorSettings settings, SimulatedStamp.Served hosted, HostedAzure hostedAzure, ServedFakeAzure azure,
                        AzureChoice.Emulator emulator) {
        String subscription = StackModule.defaults().registrationSubscription();
        PortalStamp stamp;
        PortalLabs labs;
        Runnable stop;
        if (settings.stampDirectory().isDefined()) {
            Path data = settings.stampDirectory().get();
            DirectoryStamp directory = new DirectoryStamp(new StackLauncher(), data, emulator, subscription);
            stamp = directory;
            labs = PortalLabsWiring.directory(directory, data, azure.operator(), emulator);
            stop = directory::close;
        } else {
            HostedStamp served = new HostedStamp(hosted::useCases, hostedAzure.reach()::reconnect, hosted.catchUp(), subscription);
            stamp = served;
            labs = PortalLabsWiring.hosted(settings.stateDirectory(), served, hosted, hostedAzure.ports(), azure.operator(), emulator);
            stop = served::close;
        }
        PortalSupport support = SupportPortalSide.of(settings,
                () -> hosted.useCases().readRegionProperties().properties().cloudId().value());
        return new Portal(new PortalSides(stamp, labs, support), stop);
    }
}
