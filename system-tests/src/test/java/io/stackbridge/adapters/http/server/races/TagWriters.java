package io.stackbridge.adapters.http.server.races;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.http.server.support.Response;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static io.stackbridge.adapters.http.server.support.TestEmulator.V2022;

/**
 * Read-modify-write of one registration's tags under {@code If-Match}: client {@code n} owns the tag
 * {@code client-n} and sets it to its count of successful writes, by PUT or PATCH in turn. A write
 * based on a stale ETag must be refused (412), so no two successes share the ETag they read, and at
 * the end every client's tag holds its own count: no update was lost.
 */
final class TagWriters {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Http http;
    private final String path;
    private final String putBody;
    private final Tally tally;
    private final AtomicIntegerArray successes;
    private final Map<String, Integer> basedOn = new ConcurrentHashMap<>();

    TagWriters(Http http, String registration, String putBody, int clients, Tally tally) {
        this.http = http;
        this.path = registration + V2022;
        this.putBody = putBody;
        this.tally = tally;
        this.successes = new AtomicIntegerArray(clients);
    }

    void step(int client, int round) throws Exception {
        Response read = tally.count("registration GET", http.get(path), Set.of(200));
        String etag = read.json().path("etag").asText();
        ObjectNode tags = ((ObjectNode) read.json().path("tags").deepCopy());
        tags.put("client-" + client, Integer.toString(successes.get(client) + 1));
        Http guarded = http.withHeader("If-Match", etag);
        Response written = round % 2 == 0
                ? tally.count("registration PUT", guarded.put(path, withTags(putBody, tags)), Set.of(200, 412))
                : tally.count("registration PATCH", guarded.patch(path, JSON.createObjectNode().set("tags", tags).toString()),
                Set.of(200, 412));
        if (written.status() == 200) {
            successes.incrementAndGet(client);
            basedOn.merge(etag, 1, Integer::sum);
        }
    }

    private static String withTags(String body, ObjectNode tags) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(body);
        node.set("tags", tags);
        return node.toString();
    }

    String path() {
        return path;
    }

    int successes(int client) {
        return successes.get(client);
    }

    /** ETags on which more than one successful write was based: each is a lost update. */
    Map<String, Integer> sharedBases() {
        Map<String, Integer> shared = new ConcurrentHashMap<>(basedOn);
        shared.values().removeIf(count -> count < 2);
        return shared;
    }
}
