package io.stackbridge.junit;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * What a test using the kit does, run as a program of its own in a fresh JVM by {@link QuietByDefaultTest}:
 * starts and stops the emulator as the extension does around a test class, calls it over HTTPS, and
 * starts a FakeAzure. It writes nothing itself; exit code 0 when the emulator answered.
 */
public final class KitInAnotherJvm {

    private KitInAnotherJvm() {
    }

    public static void main(String[] args) throws Exception {
        StackBridgeEmulator azure = StackBridgeEmulator.start();
        azure.beforeAll(null);
        int status;
        try {
            HttpClient http = HttpClient.newBuilder().sslContext(TrustedPem.sslContext(azure.caPem())).build();
            status = http.send(HttpRequest.newBuilder(azure.url().resolve("/_stackbridge/health")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
            FakeAzure.start().reset();
        } finally {
            azure.afterAll(null);
        }
        System.exit(status == 200 ? 0 : 1);
    }
}
