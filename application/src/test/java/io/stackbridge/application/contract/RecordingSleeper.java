package io.stackbridge.application.contract;

import io.stackbridge.application.port.out.SleeperPort;
import io.vavr.collection.List;

import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that never sleeps: it remembers each wait the bridge asked for. */
public final class RecordingSleeper implements SleeperPort {

    private final java.util.List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
    }

    public List<Duration> waits() {
        return List.ofAll(waits);
    }
}
