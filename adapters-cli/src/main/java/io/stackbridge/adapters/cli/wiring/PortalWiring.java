package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.http.server.portal.PortalLabs;
import io.stackbridge.adapters.http.server.portal.PortalSides;
import io.stackbridge.adapters.http.server.portal.PortalStamp;
import io.stackbridge.adapters.http.server.portal.PortalSupport;

/** What the operator's portal of a started emulator reaches: the stamp it shows, that stamp's labs and its support logs. */
final class PortalWiring {

    private PortalWiring() {
    }

    static PortalSides sides(EmulatorSettings settings, SimulatedStamp.Served hosted) {
        PortalStamp stamp = new PortalStamp() {
        };
        PortalLabs labs = new PortalLabs() {
        };
        PortalSupport support = SupportPortalSide.of(settings.stateDirectory(), "hosted",
                () -> hosted.useCases().readRegionProperties().properties().cloudId().value());
        return new PortalSides(stamp, labs, support);
    }
}
