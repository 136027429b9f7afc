package io.stackbridge.adapters.http.server.portal;

import io.stackbridge.domain.text.Language;
import io.vavr.control.Either;

/**
 * The stamp the portal shows: Region management, the Azure Bridge tile, the diagnosis, registering and
 * running its bridge. Every text comes already told in the reader's language; what the stamp cannot do
 * comes back as a {@link StampDenial}, never as an exception.
 */
public interface PortalStamp {

    /** Region management > Properties and the bridge tile, from the last known state (never waits for a run in progress). */
    StampView show(Language language);

    /** Registers the stamp (PayAsYouUse, the world's registration subscription, default resource group and name); then as {@link #show}. */
    Either<StampDenial, StampView> register(Language language);

    /** Starts one bridge run in the background, unless one is already running; whether a run is in progress now. */
    Either<StampDenial, BridgeRunStarted> runBridge();

    /** Runs the connectivity diagnosis (may take the bridge's timeout). */
    Either<StampDenial, DiagnosisView> diagnose(Language language);
}
