package io.stackbridge.security;

import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.http.server.support.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a sweep collects: every secret the run used, and every text it must find none of them in (named for the report). */
final class Evidence {

    private final List<String> secrets = new ArrayList<>();
    private final Map<String, String> texts = new LinkedHashMap<>();
    private int answers;

    /** A secret the run uses, kept to search for. */
    String secret(String value) {
        assertThat(value).isNotBlank();
        secrets.add(value);
        return value;
    }

    void secrets(List<String> values) {
        values.forEach(this::secret);
    }

    /** An answer of the emulator: its body is searched when it is an error. */
    Response answer(String what, Response response) {
        if (response.status() >= 400) {
            texts.put("HTTP " + response.status() + " #" + (++answers) + " " + what, response.body());
        }
        return response;
    }

    /** An answer whose body is searched whatever its status (what the admin API shows). */
    Response shown(String what, Response response) {
        assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(200);
        texts.put("admin API " + what, response.body());
        return response;
    }

    /** A command's output and errors, both searched. */
    CliRun cli(String what, CliRun run) {
        texts.put("CLI " + what + " (out)", run.out());
        texts.put("CLI " + what + " (err)", run.err());
        return run;
    }

    void text(String name, String text) {
        texts.put(name, text);
    }

    void texts(String prefix, Map<String, String> more) {
        more.forEach((name, text) -> texts.put(prefix + name, text));
    }

    Map<String, String> texts() {
        return texts;
    }

    List<String> secrets() {
        return secrets;
    }
}
