package io.stackbridge.adapters.http.server.races;

import io.stackbridge.adapters.fakeazure.token.JsonRegistrationTokenCodec;
import io.stackbridge.adapters.fakeazure.world.StampTokens;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;

/**
 * What the races need of an emulator, whether its state lives in memory or in a data directory: an
 * HTTPS client with a Resource Manager token, one without a token (the admin API), and a usage token.
 */
interface RacedEmulator {

    Http http();

    Http anonymous();

    String usageToken();

    /** A registration body for a new stamp of {@code model}, its token as the stamp would write it. */
    default String registrationBody(CloudId cloud, BillingModel model) {
        String token = new JsonRegistrationTokenCodec().encode(StampTokens.content(cloud, model));
        return "{\"location\":\"global\",\"properties\":{\"registrationToken\":\"" + token + "\"}}";
    }

    /** Creates a registration through the emulator, named {@code azurestack-<cloud>}; its path. */
    default String register(String subscription, BillingModel model, CloudId cloud) {
        String path = TestEmulator.registrationPath(subscription, "azurestack-" + cloud.value());
        Response created = http().put(path + TestEmulator.V2022, registrationBody(cloud, model));
        if (created.status() != 201) {
            throw new AssertionError("registration not created: " + created.status() + " " + created.body());
        }
        return path;
    }

    /** The emulator over a fake Azure in memory ({@link TestEmulator}). */
    static RacedEmulator inMemory(TestEmulator emulator) {
        return new RacedEmulator() {
            @Override
            public Http http() {
                return emulator.http;
            }

            @Override
            public Http anonymous() {
                return emulator.anonymous;
            }

            @Override
            public String usageToken() {
                return emulator.usageToken();
            }
        };
    }
}
