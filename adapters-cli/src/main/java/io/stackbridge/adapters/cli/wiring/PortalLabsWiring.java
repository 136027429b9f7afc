package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.stack.AzureChoice;
import io.stackbridge.adapters.http.server.portal.LabCheckView;
import io.stackbridge.adapters.http.server.portal.LabHintView;
import io.stackbridge.adapters.http.server.portal.LabResetView;
import io.stackbridge.adapters.http.server.portal.LabStartView;
import io.stackbridge.adapters.http.server.portal.LabsView;
import io.stackbridge.adapters.http.server.portal.PortalLabs;
import io.stackbridge.adapters.http.server.portal.PortalStamp;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.text.Language;
import io.vavr.control.Either;

/** The labs of the stamp the portal shows. */
final class PortalLabsWiring {

    private PortalLabsWiring() {
    }

    static PortalLabs labs(EmulatorSettings settings, SimulatedStamp.Served hosted, PortalStamp stamp, AzureChoice.Emulator emulator) {
        return new PortalLabs() {
            public LabsView list(Language language) {
                return new LabsView(null, java.util.List.of());
            }

            public Either<DomainError, LabStartView> start(String name, Language language) {
                return Either.left(new ArmError.ResourceNotFound(name));
            }

            public Either<DomainError, LabHintView> hint(String name, Language language) {
                return Either.left(new ArmError.ResourceNotFound(name));
            }

            public Either<DomainError, LabCheckView> check(String name, Language language) {
                return Either.left(new ArmError.ResourceNotFound(name));
            }

            public Either<DomainError, LabResetView> reset(String name, Language language) {
                return Either.left(new ArmError.ResourceNotFound(name));
            }
        };
    }
}
