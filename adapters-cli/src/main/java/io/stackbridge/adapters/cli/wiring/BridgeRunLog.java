package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.support.logs.LogRole;
import io.stackbridge.adapters.support.logs.RoleLog;
import io.stackbridge.domain.error.DomainError;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Azure Bridge's side of a stamp's log: one correlation ID per batch delivery (its sign-in, its
 * push attempts, the waits between them), renewed after each confirmed batch and when the bridge moves
 * on to another batch; the attempt number of each push of the same batch. Never given a secret: the
 * lines name tenant, client ID, batch, counts and codes only.
 */
final class BridgeRunLog {

    private static final Pattern AADSTS = Pattern.compile("AADSTS\\d+");

    private final RoleLog log;
    private String correlation = UUID.randomUUID().toString();
    private String batch;
    private int attempt;
    private boolean delivered;

    BridgeRunLog(RoleLog log) {
        this.log = log;
    }

    synchronized String correlation() {
        return correlation;
    }

    /** A push of {@code batchId} starts; its attempt number. */
    synchronized int pushing(String batchId) {
        if (!batchId.equals(batch)) {
            if (batch != null && !delivered) {
                correlation = UUID.randomUUID().toString();
            }
            batch = batchId;
            attempt = 0;
        }
        delivered = false;
        return ++attempt;
    }

    /** The batch was confirmed: the next delivery gets a new correlation ID. */
    synchronized void delivered() {
        delivered = true;
        correlation = UUID.randomUUID().toString();
    }

    synchronized void waiting(Duration wait) {
        log.info(LogRole.AzureBridge, correlation, "retry: waiting " + wait + " before attempt " + (attempt + 1) + " of batch " + batch);
    }

    void failed(String what, DomainError error) {
        String code = error.code().name();
        String classification = error.code().retryable() ? "transient, retried within the attempts allowed" : "needs action, not retried";
        log.warn(LogRole.AzureBridge, correlation(), code, what + " failed: " + code + aadsts(error) + " (" + classification + ")");
    }

    void said(String what) {
        log.info(LogRole.AzureBridge, correlation(), what);
    }

    /** The AADSTS number Entra ID gave, when the failure carries one. */
    private static String aadsts(DomainError error) {
        Matcher found = AADSTS.matcher(String.valueOf(error.arguments()));
        return found.find() ? " " + found.group() : "";
    }
}
