package io.stackbridge.adapters.http.server.pipeline;

import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.wire.WireJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

/** Property-style: malformed input of every kind, on every route, never yields a 5xx or a trace. */
class MalformedInputTest extends EmulatorTestBase {

    private static final String REG = "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.AzureStack/registrations/{name}";
    private static final String LINK = "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.AzureStack/linkedSubscriptions/{name}";
    private static final List<String[]> ROUTES = List.of(
            new String[]{"PUT", REG}, new String[]{"GET", REG}, new String[]{"PATCH", REG}, new String[]{"DELETE", REG},
            new String[]{"POST", REG + "/getactivationkey"}, new String[]{"POST", REG + "/enableRemoteManagement"},
            new String[]{"GET", "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.AzureStack/registrations"},
            new String[]{"GET", "/subscriptions/{sub}/providers/Microsoft.AzureStack/registrations"},
            new String[]{"PUT", REG + "/customerSubscriptions/{guid}"}, new String[]{"GET", REG + "/customerSubscriptions/{guid}"},
            new String[]{"DELETE", REG + "/customerSubscriptions/{guid}"}, new String[]{"GET", REG + "/customerSubscriptions"},
            new String[]{"GET", REG + "/products"}, new String[]{"GET", REG + "/products/{name}"},
            new String[]{"POST", REG + "/products/{name}/listDetails"}, new String[]{"POST", REG + "/products/{name}/listProducts"},
            new String[]{"POST", REG + "/products/{name}/getProducts"}, new String[]{"POST", REG + "/products/{name}/getProduct"},
            new String[]{"POST", REG + "/products/{name}/uploadProductLog"},
            new String[]{"PUT", LINK}, new String[]{"GET", LINK}, new String[]{"PATCH", LINK}, new String[]{"DELETE", LINK},
            new String[]{"GET", "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.AzureStack/linkedSubscriptions"},
            new String[]{"GET", "/subscriptions/{sub}/providers/Microsoft.AzureStack/linkedSubscriptions"},
            new String[]{"POST", "/subscriptions/{sub}/providers/Microsoft.AzureStack/register"},
            new String[]{"GET", "/subscriptions/{sub}/providers/Microsoft.AzureStack"},
            new String[]{"PUT", "/subscriptions/{sub}/resourcegroups/{rg}"}, new String[]{"GET", "/subscriptions/{sub}/resourcegroups/{rg}"},
            new String[]{"DELETE", "/subscriptions/{sub}/resourcegroups/{rg}"}, new String[]{"GET", "/providers/Microsoft.AzureStack/operations"},
            new String[]{"GET", "/providers/Microsoft.AzureStack/cloudManifestFiles"},
            new String[]{"GET", "/providers/Microsoft.AzureStack/cloudManifestFiles/{name}"},
            new String[]{"POST", "/subscriptions/{sub}/providers/Microsoft.AzureStack/generateDeploymentLicense"},
            new String[]{"POST", "/{guid}/oauth2/v2.0/token"}, new String[]{"PUT", "/usage/registrations/{guid}/batches/{name}"},
            new String[]{"PUT", "/_stackbridge/world/subscriptions/{guid}"}, new String[]{"PUT", "/_stackbridge/world/principals/{guid}/{guid}"},
            new String[]{"PUT", "/_stackbridge/approvals/{sub}/{rg}/{name}"}, new String[]{"POST", "/_stackbridge/faults"},
            new String[]{"DELETE", "/_stackbridge/faults/{name}"}, new String[]{"GET", "/_stackbridge/journal"},
            new String[]{"PUT", "/_stackbridge/clock"}, new String[]{"PATCH", "/_stackbridge/health"},
            new String[]{"GET", "/{name}/{name}"});
    private static final List<String> VALUES = List.of("not-a-guid", "00000000-0000-0000-0000-00000000000G", "%20", "x".repeat(300),
            "a%2Fb", "%E2%82%AC", "%00", "azurestack", "..", "aaaaaaaa-0002-4000-8000-000000000001", "(paren).", "-_-");
    private static final List<String> BODIES = List.of("", "{", "[]", "null", "42", "\"text\"", "{\"location\":{}}",
            "{\"properties\":[1,2]}", "{\"records\":{}}", "{\"records\":[1,\"x\",null,{}]}", "{\"a\":1e999999999}",
            "{\"location\":\"" + "y".repeat(200_000) + "\"}", "[".repeat(5000) + "]".repeat(5000), "{\"quantity\":-1}",
            "{\"id\":\"x\",\"effect\":{\"type\":\"delay\",\"millis\":-5}}", "{\"offsetSeconds\":1e400}",
            "{\"records\":[{\"usageStartTime\":\"yesterday\",\"quantity\":\"NaN\",\"tenantId\":[]}]}", "\u0000\u0001\u0002",
            "{\"offerType\":\"CSP\",\"tenantId\":\"zz\"}",
            "{\"location\":\"\",\"properties\":{\"linkedSubscriptionId\":7,\"registrationResourceId\":\"/subscriptions/%/registrations/\"}}", "{\"properties\":{\"registrationToken\":\"%%%\"},\"location\":\"global\"}");
    private static final List<String> QUERIES = List.of("", "?api-version=", "?api-version=2022-06-01", "?api-version=%FF",
            "?api-version=2022-06-01&$skipToken=@@@", "?api-version=2017-06-01&$skipToken=djE6LTU", "?api-version=2020-06-01-preview",
            "?operation=x&after=y&seed=z");
    private static final List<String> TYPES = List.of("application/json", "text/plain", "application/x-www-form-urlencoded",
            "application/json; charset=latin1", "garbage///");

    @Test
    void no_malformed_request_yields_a_server_error_or_a_trace() {
        Random random = new Random(20261121L);
        List<String> failures = new ArrayList<>();
        String previous = "";
        for (int i = 0; i < 560; i++) {
            String[] route = ROUTES.get(i % ROUTES.size());
            String path = route[1].replace("{sub}", pick(random)).replace("{rg}", pick(random)).replace("{name}", pick(random))
                    .replace("{guid}", pick(random));
            String body = route[0].equals("GET") || route[0].equals("DELETE") ? "" : BODIES.get(random.nextInt(BODIES.size()));
            String query = QUERIES.get(random.nextInt(QUERIES.size()));
            HttpRequest.Builder request = emulator.http.request(route[0], path + query, body.isEmpty() ? null : body,
                    TYPES.get(random.nextInt(TYPES.size())));
            if (random.nextBoolean()) {
                request.header("x-ms-date", "not a date").header("If-Match", "\"\u00e9\"").header("Accept-Language", "??;q=x");
            }
            String problem;
            HttpRequest built = request.build();
            try {
                problem = problem(emulator.http.sendOrThrow(built));
            } catch (IOException staleConnection) {
                problem = retried(built);
            }
            if (problem != null) {
                failures.add(route[0] + " " + path + query + " [" + body.length() + " chars] -> " + problem + " AFTER " + previous);
            }
            previous = route[0] + " " + path + query + " [" + body.length() + " chars]";
        }
        assertThat(failures).isEmpty();
    }

    /**
     * A pooled connection the server closed after its last answer fails once; the request itself must then be answered.
     * One exception: Jetty's HTTP parser refuses a request line with an encoded NUL before any handler runs, answers
     * 400 in the envelope and closes, unable to read the body; a client still sending a large body may then meet the
     * TCP reset before it reads that answer.
     */
    private static String retried(HttpRequest request) {
        try {
            return problem(emulator.http.sendOrThrow(request));
        } catch (IOException noAnswer) {
            boolean refusedByTheParser = request.uri().getRawPath().contains("%00");
            return refusedByTheParser ? null : "no answer: " + noAnswer;
        }
    }

    private static String pick(Random random) {
        return VALUES.get(random.nextInt(VALUES.size()));
    }

    /** What is wrong with an answer to malformed input, or null when nothing is. */
    private static String problem(Response response) {
        if (response.status() >= 500) {
            return "server error " + response.body();
        }
        if (response.body().contains("Exception") || response.body().contains("at io.") || response.body().contains("java.")) {
            return "trace " + response.body();
        }
        if (response.status() >= 400) {
            try {
                boolean envelope = WireJson.mapper().readTree(response.body()).has("error");
                return envelope ? null : "no error envelope " + response.body();
            } catch (IOException notJson) {
                return "not JSON " + response.body();
            }
        }
        return null;
    }
}
