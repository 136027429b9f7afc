package io.stackbridge.adapters.http.server.races;

import io.stackbridge.adapters.http.server.support.Response;

import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/** Answers counted per operation and status, and every answer no rule allows, kept for the failure message. */
final class Tally {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Queue<String> unexpected = new ConcurrentLinkedQueue<>();

    /** Counts {@code answer} under {@code operation}; a status outside {@code allowed} is kept as unexpected. */
    Response count(String operation, Response answer, Set<Integer> allowed) {
        counts.computeIfAbsent(operation + " " + answer.status(), key -> new LongAdder()).increment();
        if (!allowed.contains(answer.status())) {
            unexpected.add(operation + " -> " + answer.status() + " " + answer.body());
        }
        return answer;
    }

    Queue<String> unexpected() {
        return unexpected;
    }

    long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    Map<String, Long> byOperation() {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, count) -> sorted.put(key, count.sum()));
        return sorted;
    }
}
