package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.fakeazure.wiring.FakeAzureSettings;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.fakeazure.world.StampTokens;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase.ClientCredentialsGrant;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.RegistrationKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** With a data directory, the emulated Azure signs with the key it keeps: what it signed before a restart verifies after it. */
class DurableSigningKeyTest {

    private static final String MANAGEMENT = "https://management.azure.com";

    @TempDir
    Path data;

    @Test
    void an_access_token_and_an_activation_key_issued_before_a_restart_still_verify_after_it() {
        CloudId cloud = new CloudId(Guid.random());
        RegistrationKey registration = RegistrationKey.of(DefaultWorld.REGISTRATION_SUBSCRIPTION.value(), "azurestack", "azurestack-" + cloud);
        String token = opened(azure -> azure.issueAccessToken().issue(new ClientCredentialsGrant(DefaultWorld.PARTNER_TENANT.value(),
                "client_credentials", DefaultWorld.BRIDGE_CLIENT_ID.value(), DefaultWorld.BRIDGE_SECRET, MANAGEMENT + "/.default"))
                .get().accessToken());
        ActivationKey key = opened(azure -> {
            azure.registrationPort().createOrUpdate(registration,
                    azure.tokenCodec().encode(StampTokens.content(cloud, BillingModel.PayAsYouUse))).get();
            return azure.registrationPort().activationKey(registration).get();
        });

        assertThat(opened(azure -> azure.verifyAccessToken().verify(token, MANAGEMENT)).isRight()).isTrue();
        assertThat(opened(azure -> azure.activationKeyVerifier().verify(key)).get().cloudId()).isEqualTo(cloud);
    }

    @Test
    void another_data_directory_signs_with_another_key() {
        String first = opened(azure -> azure.signing().keyId());
        String again = opened(azure -> azure.signing().keyId());

        assertThat(again).isEqualTo(first);
        assertThat(DurableAzureComponent.open(FakeAzureSettings.defaults(), SqliteDatabase.inMemory()).signing().keyId())
                .isNotEqualTo(first);
    }

    /** Starts the durable fake on the data directory's database, runs {@code work}, then closes the database. */
    private <T> T opened(Function<DurableAzureComponent, T> work) {
        try (SqliteDatabase database = SqliteDatabase.open(data.resolve(ServedFakeAzure.DATABASE))) {
            return work.apply(DurableAzureComponent.open(FakeAzureSettings.defaults(), database));
        }
    }
}
