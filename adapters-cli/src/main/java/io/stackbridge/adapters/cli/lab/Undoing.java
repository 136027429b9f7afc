package io.stackbridge.adapters.cli.lab;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.stamp.BillingChoice;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** Puts back what a lab broke, the last thing first; what could not be put back, as symptoms. */
final class Undoing {

    private Undoing() {
    }

    static List<Symptom> undo(LabSession session, List<Undo> broken) {
        return broken.reverse().flatMap(undo -> undo(session, undo).swap().toOption().map(error -> told(session, undo, error)));
    }

    /**
     * What could not be put back. While an untrusted-certificate rule is in force, the emulator presents
     * the intercepting proxy's certificate to every client, its admin API included; the terminal trusts it
     * from the PEM beside the CA file, and is told so when that file is not there.
     */
    private static Symptom told(LabSession session, Undo undo, DomainError error) {
        if (undo instanceof Undo.FaultRule rule && error.code() == ErrorCode.CertificateValidationError) {
            return new Symptom(error.code(), session.text("lab.reset.untrusted", rule.id(), session.emulator()));
        }
        return Symptom.of(error, session.language());
    }

    private static Either<DomainError, ?> undo(LabSession session, Undo undo) {
        if (undo instanceof Undo.FaultRule rule) {
            return session.azure().admin().removeFaultRule(rule.id());
        }
        if (undo instanceof Undo.RevokedApproval) {
            return session.stamp().readRegionProperties().properties().registration()
                    .<Either<DomainError, ?>>map(key -> session.azure().admin().approveMultiTenancy(key))
                    .getOrElse(() -> Either.right(List.empty()));
        }
        if (undo instanceof Undo.CapacityBilling) {
            return LabStamp.register(session, BillingChoice.of(BillingModel.PayAsYouUse));
        }
        return LabStamp.registered(session);
    }
}
