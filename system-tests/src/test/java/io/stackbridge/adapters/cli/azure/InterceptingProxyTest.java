package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import io.stackbridge.adapters.http.client.ClientConfig;
import io.stackbridge.adapters.http.client.HttpTransport;
import io.stackbridge.adapters.http.client.admin.HttpEmulatorAdminPort;
import io.stackbridge.adapters.support.tls.InterceptingProxyPem;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultPreset;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.junit.StackBridgeEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tls-interception preset over HTTPS, the emulator keeping a state directory: the stamp's bridge and any client
 * trusting ca.pem alone meet the untrusted certificate, while the operator's terminal, which trusts the intercepting
 * proxy's certificate the emulator writes beside ca.pem, lists and removes the rule; then the bridge works again.
 */
class InterceptingProxyTest {

    @RegisterExtension
    static StackBridgeEmulator azure = StackBridgeEmulator.start();

    @TempDir
    Path data;

    @Test
    void the_operators_terminal_removes_the_intercepting_proxy_that_the_bridge_does_not_trust() {
        AzureCli cli = new AzureCli(azure, data, "en").registered();
        CliRun simulated = StackCli.run("usage", "simulate", "--hours", "2", "--data-dir", data.toString());
        assertThat(simulated.exitCode()).as(simulated.err()).isZero();
        Path proxyPem = InterceptingProxyPem.beside(azure.caPem());

        assertThat(cli.json("faults", "add", "--preset", "tls-interception").get("id").asText()).isEqualTo("tls-interception");

        assertThat(proxyPem).isRegularFile();
        CliRun intercepted = cli.stamp("bridge", "diagnose");
        assertThat(intercepted.exitCode()).isNotZero();
        assertThat(intercepted.out() + intercepted.err()).contains("CertificateValidationError");
        assertThat(cli.stamp("bridge", "push", "--attempts", "1").exitCode()).isNotZero();
        assertThat(trustingCaPemOnly().faultRules().swap().map(DomainError::code).getOrNull())
                .isEqualTo(ErrorCode.CertificateValidationError);
        assertThat(cli.json("faults", "list").get("rules")).extracting(rule -> rule.get("id").asText()).containsExactly("tls-interception");
        assertThat(cli.json("faults", "remove", "tls-interception").get("removed").asBoolean()).isTrue();

        CliRun delivered = cli.stamp("bridge", "push", "--attempts", "1");
        assertThat(delivered.exitCode()).as(delivered.out() + delivered.err()).isZero();
        assertThat(delivered.out()).doesNotContain("Nothing to send");
        assertThat(trustingCaPemOnly().faultRules().get()).isEmpty();
    }

    @Test
    void the_operators_admin_client_trusts_the_proxy_whose_rule_it_added_itself_at_its_next_call() {
        HttpEmulatorAdminPort operator = HttpEmulatorAdminPort.forOperator(ClientConfig.trusting(azure.caPem()), azure.caPem(), azure.url());

        assertThat(operator.addFaultRule(FaultPreset.TLS_INTERCEPTION.rule()).isRight()).isTrue();

        assertThat(operator.faultRules().get()).extracting(FaultRule::id).containsExactly("tls-interception");
        assertThat(trustingCaPemOnly().faultRules().isLeft()).isTrue();
        assertThat(operator.removeFaultRule("tls-interception").get()).isEqualTo(Removal.DELETED);
        assertThat(trustingCaPemOnly().faultRules().get()).isEmpty();
    }

    /** A client of the admin API that trusts the exported ca.pem and nothing else, as the stamp's clients do. */
    private static HttpEmulatorAdminPort trustingCaPemOnly() {
        return new HttpEmulatorAdminPort(new HttpTransport(ClientConfig.trusting(azure.caPem())), azure.url());
    }
}
