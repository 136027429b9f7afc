package io.stackbridge.adapters.http.server.admin;

import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.http.server.support.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin routes read whole numbers in the query string one way: the journal's {@code after}, the
 * fault seed of a clear and the batch list's {@code skip} and {@code limit} refuse the same bad text
 * with a 400 {@code InvalidRequestContent} whose message differs only by the parameter's name, in
 * English and in French; a number beyond a bounded parameter's range is out of range, whatever its size.
 */
class AdminQueryNumbersTest extends EmulatorTestBase {

    private static final String ADMIN = "/_stackbridge";

    private record Parameter(String name, BiFunction<Http, String, Response> send) {
    }

    private static final List<Parameter> WHOLE_NUMBERS = List.of(
            new Parameter("after", (http, text) -> http.get(ADMIN + "/journal?after=" + text)),
            new Parameter("seed", (http, text) -> http.delete(ADMIN + "/faults?seed=" + text)),
            new Parameter("skip", (http, text) -> http.get(ADMIN + "/usage/batches?skip=" + text)),
            new Parameter("limit", (http, text) -> http.get(ADMIN + "/usage/batches?limit=" + text)));

    @Test
    void a_number_that_is_not_one_gets_the_same_coded_answer_on_every_route_in_both_languages() {
        for (String language : List.of("en", "fr")) {
            Http asker = emulator.anonymous.withHeader("Accept-Language", language);
            String expected = null;
            for (Parameter parameter : WHOLE_NUMBERS) {
                Response refused = parameter.send().apply(asker, "12x");
                assertThat(refused.status()).as(parameter.name()).isEqualTo(400);
                assertThat(refused.code()).as(parameter.name()).isEqualTo("InvalidRequestContent");
                String message = refused.message().replace(parameter.name(), "NAME");
                assertThat(message).as(parameter.name()).contains("12x");
                expected = expected == null ? message : expected;
                assertThat(message).as(parameter.name() + " in " + language).isEqualTo(expected);
            }
        }
    }

    @Test
    void spaces_around_a_number_are_allowed_and_a_huge_one_is_out_of_range_where_there_is_a_range() {
        assertThat(emulator.anonymous.get(ADMIN + "/journal?after=%207%20").status()).isEqualTo(200);
        assertThat(emulator.anonymous.delete(ADMIN + "/faults?seed=%20-42").status()).isEqualTo(204);

        Response huge = emulator.anonymous.get(ADMIN + "/usage/batches?skip=99999999999");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.message()).contains("skip", "99999999999", "0", "2147483647");
        assertThat(emulator.anonymous.get(ADMIN + "/usage/batches?limit=%201000%20").json().path("limit").asInt()).isEqualTo(1000);
    }
}
