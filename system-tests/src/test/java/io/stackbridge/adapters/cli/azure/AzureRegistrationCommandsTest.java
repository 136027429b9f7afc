package io.stackbridge.adapters.cli.azure;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.WellKnown;
import io.stackbridge.junit.StackBridgeEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code azure registration …}, {@code approve|revoke} and {@code tenant …} against the emulator, on a registered stamp. */
class AzureRegistrationCommandsTest {

    @RegisterExtension
    static StackBridgeEmulator azure = StackBridgeEmulator.start();

    @TempDir
    Path data;

    private AzureCli cli;
    private String name;

    @BeforeEach
    void a_registered_stamp() {
        cli = new AzureCli(azure, data, "en").registered();
        name = cli.jsonOnStamp("registration", "show").get("name").asText();
    }

    @Test
    void list_and_show_name_the_stamps_registration_and_remove_takes_it_away() {
        JsonNode listed = cli.json("registration", "list", "--subscription", WellKnown.REGISTRATION_SUBSCRIPTION);
        JsonNode shown = cli.json("registration", "show", "--subscription", WellKnown.REGISTRATION_SUBSCRIPTION,
                "--resource-group", WellKnown.RESOURCE_GROUP, "--registration", name);

        assertThat(listed.get("registrations")).hasSize(1);
        assertThat(listed.get("registrations").get(0).get("name").asText()).isEqualTo(name);
        assertThat(shown.get("billingModel").asText()).isEqualTo("PayAsYouUse");
        assertThat(shown.get("id").asText()).endsWith("/providers/Microsoft.AzureStack/registrations/" + name);
        assertThat(cli.jsonOnStamp("registration", "remove").get("removed").asBoolean()).isTrue();
        assertThat(cli.jsonOnStamp("registration", "remove").get("removed").asBoolean()).isFalse();
        CliRun gone = cli.onStamp("registration", "show");
        assertThat(gone.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(gone.errLines()).hasSize(2);
        assertThat(gone.errLines().get(0)).startsWith("stackbridge: ");
        assertThat(gone.errLines().get(1)).startsWith("  What to do: ");
    }

    @Test
    void a_tenant_is_refused_before_the_approval_onboarded_after_it_and_refused_again_once_revoked() {
        CliRun early = cli.onStamp("tenant", "add", WellKnown.CONTOSO_SUBSCRIPTION);
        assertThat(early.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(early.err()).startsWith("stackbridge: UnauthorizedCspRegistration: ");

        assertThat(cli.jsonOnStamp("approve").get("approved").asBoolean()).isTrue();
        JsonNode added = cli.jsonOnStamp("tenant", "add", WellKnown.CONTOSO_SUBSCRIPTION);
        JsonNode listed = cli.jsonOnStamp("tenant", "list");
        JsonNode shown = cli.jsonOnStamp("tenant", "show", WellKnown.CONTOSO_SUBSCRIPTION);
        assertThat(cli.jsonOnStamp("revoke").get("approved").asBoolean()).isFalse();

        assertThat(added.get("tenantId").asText()).isEqualTo(WellKnown.CONTOSO_TENANT);
        assertThat(listed.get("tenants")).hasSize(1);
        assertThat(shown.get("subscriptionId").asText()).isEqualTo(WellKnown.CONTOSO_SUBSCRIPTION);
        assertThat(cli.jsonOnStamp("tenant", "remove", WellKnown.CONTOSO_SUBSCRIPTION).get("removed").asBoolean()).isTrue();
        assertThat(cli.onStamp("tenant", "add", WellKnown.CONTOSO_SUBSCRIPTION).exitCode()).isEqualTo(ExitCodes.REFUSED);
    }

    @Test
    void the_tables_for_people_and_french_say_the_same() {
        CliRun table = cli.onStamp("tenant", "list");
        CliRun french = cli.inFrench().onStamp("approve");

        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).isEqualTo("This registration has no tenant yet.\n".replace("\n", System.lineSeparator()));
        assertThat(french.out()).startsWith("Multilocation approuvée pour l’inscription " + name);
    }

    @Test
    void without_a_stamp_or_the_options_the_registration_is_a_usage_error() {
        CliRun missing = new AzureCli(azure, data.resolve("nothing-here"), "en").onStamp("approve");

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("--subscription");
    }
}
