package io.stackbridge.adapters.fakeazure.inprocess;

import io.stackbridge.application.contract.Faults;
import io.stackbridge.application.port.out.ConnectivityProbePort.UsageProbe;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.StampError.ActivationKeyNotTrusted;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.identity.SigningKey;
import io.stackbridge.domain.identity.TokenProblem;
import io.stackbridge.domain.journal.JournalEntry;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.junit.FakeAzure;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class InProcessStampPortsTest {

    private final FakeAzure fake = FakeAzure.start();
    private final URI login = fake.endpoints().login();

    @Test
    void an_intercepting_certificate_rule_fires_on_a_handshake_whatever_operation_it_names_and_counts_down() {
        fake.faults().add(Faults.times(1, Operation.Token_Issue, new FaultEffect.UntrustedCertificate()));

        assertThat(fake.connectivityProbe().handshake(login).getLeft().code()).isEqualTo(ErrorCode.CertificateValidationError);
        assertThat(fake.connectivityProbe().handshake(login).isRight()).isTrue();
        assertThat(fake.faults().rules()).isEmpty();
    }

    @Test
    void the_usage_probe_is_journaled_as_a_push_the_service_refused_for_its_content() {
        UsageProbe probe = new UsageProbe(fake.endpoints().usage(), new CloudId(Guid.random()), "token", Instant.now());

        assertThat(fake.connectivityProbe().usageAnswers(probe).isRight()).isTrue();

        JournalEntry entry = fake.journal().entries().last();
        assertThat(entry.operation()).isEqualTo(Operation.Usage_Push);
        assertThat(entry.outcome()).isEqualTo(ErrorCode.InvalidRequestContent.name());
    }

    @Test
    void text_that_is_no_activation_key_is_malformed() {
        assertThat(fake.activationKeyVerifier().verify(new ActivationKey("nope")).getLeft())
                .isEqualTo(new ActivationKeyNotTrusted(TokenProblem.MALFORMED));
    }

    @Test
    void the_published_key_is_the_public_half_of_the_signing_key() {
        SigningKey published = fake.cloud().publishSigningKeys().keys().single();

        assertThat(published.keyId()).isEqualTo(fake.signing().keyId());
        assertThat(fake.signing().publicJwk()).contains(published.modulus(), published.exponent());
        assertThat(published.algorithm()).isEqualTo("RS256");
    }
}
