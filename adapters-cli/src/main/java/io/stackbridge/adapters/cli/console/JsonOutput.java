package io.stackbridge.adapters.cli.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one writer of the CLI's {@code --output json} documents: pretty printed, fields in the order
 * they are declared (records and {@code LinkedHashMap}s), so that a script can rely on the shape
 * documented in docs/cli.md. Commands build plain records or maps of strings, numbers, booleans,
 * lists and maps; instants and quantities go in as strings, as the admin API writes them.
 */
public final class JsonOutput {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private JsonOutput() {
    }

    /** {@code document} as JSON text. */
    public static String write(Object document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException failure) {
            throw new IllegalArgumentException("not a JSON document: " + document.getClass().getName(), failure);
        }
    }

    /** Writes {@code document} to standard output as one JSON document. */
    public static void print(ConsoleOutput console, Object document) {
        console.line(write(document));
    }
}
