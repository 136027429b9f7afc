package io.stackbridge.application.port.out;

import io.stackbridge.domain.stamp.Activation;
import io.vavr.control.Option;

/** Where the stamp keeps the activation it applied; it survives restarts until the stamp is deactivated. */
public interface ActivationStorePort {

    Option<Activation> current();

    /** Replaces any activation with this one. */
    void save(Activation activation);

    /** Forgets the activation (deactivation). */
    void clear();
}
