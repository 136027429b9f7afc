package io.stackbridge.benchmarks.soak;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the emulator's journal told so far, read a little at a time: the fault firings by kind, the
 * batches the usage service confirmed (answered 200 to), and the 5xx answers no fault rule caused.
 * A restarted emulator starts a new journal, so {@link #emulatorRestarted()} begins the count again.
 */
final class SoakJournal {

    private final Map<SoakFault, Integer> fired = new EnumMap<>(SoakFault.class);
    private final Set<String> confirmed = new HashSet<>();
    private int unfaultedServerErrors;
    private long lastSequence;
    private int calls;

    /** Reads the entries after the last one read; false when the emulator did not answer. */
    boolean catchUp(SoakAdmin admin) {
        SoakAdmin.Answer answer = admin.get("/_stackbridge/journal?after=" + lastSequence);
        if (answer.status() != 200) {
            return false;
        }
        for (JsonNode entry : answer.json().path("entries")) {
            lastSequence = Math.max(lastSequence, entry.path("sequence").asLong());
            calls++;
            String outcome = entry.path("outcome").asText();
            String rule = entry.path("faultRule").asText(null);
            SoakFault.ofRule(rule).ifPresent(kind -> fired.merge(kind, 1, Integer::sum));
            if ("Usage_Push".equals(entry.path("operation").asText()) && "OK".equals(outcome)) {
                String resource = entry.path("resource").asText();
                confirmed.add(resource.substring(resource.lastIndexOf('/') + 1));
            }
            if (rule == null && (outcome.equals("InternalServerError") || outcome.equals("ServiceUnavailable"))) {
                unfaultedServerErrors++;
            }
        }
        return true;
    }

    void emulatorRestarted() {
        lastSequence = 0;
    }

    /** Every batch id the usage service has answered 200 to, over every life of the emulator. */
    Set<String> confirmed() {
        return Set.copyOf(confirmed);
    }

    Map<SoakFault, Integer> fired() {
        return Map.copyOf(fired);
    }

    int unfaultedServerErrors() {
        return unfaultedServerErrors;
    }

    int calls() {
        return calls;
    }
}
