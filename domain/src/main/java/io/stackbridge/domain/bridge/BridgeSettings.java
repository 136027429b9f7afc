package io.stackbridge.domain.bridge;

import java.time.Duration;
import java.util.Objects;

/**
 * How the bridge works: records per batch, the retry backoff, how long before its expiry a token
 * is replaced (until then it is reused), and the seed of the backoff's jitter (so runs replay).
 */
public record BridgeSettings(int batchSize, BackoffPolicy backoff, Duration renewTokenBefore, long jitterSeed) {

    /** 1000 records (about 0.45 MB of JSON, well under the usage service's 4 MiB body limit), the default backoff, renew 5 min early. */
    public static final BridgeSettings DEFAULT = new BridgeSettings(1000, BackoffPolicy.DEFAULT, Duration.ofMinutes(5), 20261121L);

    public BridgeSettings {
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(renewTokenBefore, "renewTokenBefore");
        if (batchSize < 1 || renewTokenBefore.isNegative()) {
            throw new IllegalArgumentException("invalid bridge settings: " + batchSize + ", " + renewTokenBefore);
        }
    }

    public BridgeSettings withBatchSize(int size) {
        return new BridgeSettings(size, backoff, renewTokenBefore, jitterSeed);
    }

    public BridgeSettings withBackoff(BackoffPolicy policy) {
        return new BridgeSettings(batchSize, policy, renewTokenBefore, jitterSeed);
    }
}
