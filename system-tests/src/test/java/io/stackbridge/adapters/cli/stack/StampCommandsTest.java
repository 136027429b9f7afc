package io.stackbridge.adapters.cli.stack;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import io.stackbridge.adapters.cli.support.WellKnown;
import io.stackbridge.junit.StackBridgeEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code stackbridge stamp …} in this JVM against the emulator: a stamp is created once, gives its token, and shows its properties. */
class StampCommandsTest {

    @RegisterExtension
    static StackBridgeEmulator azure = StackBridgeEmulator.start();

    @TempDir
    Path data;

    private StampDirectory stamp() {
        return StampDirectory.of(data, azure);
    }

    @Test
    void init_creates_the_stamp_once_and_refuses_a_second_one_in_the_same_directory() {
        CliRun created = stamp().local("stamp", "init", "--cloud-id", "c10dc10d-0000-4000-8000-0000000000aa", "--nodes", "2");
        CliRun again = stamp().inFrench().local("stamp", "init");

        assertThat(created.exitCode()).as(created.err()).isEqualTo(ExitCodes.OK);
        assertThat(created.out()).startsWith("Stamp c10dc10d-0000-4000-8000-0000000000aa created in " + data.toAbsolutePath())
                .contains("2 nodes, billing model Development", WellKnown.BRIDGE_CLIENT_ID);
        assertThat(again.exitCode()).isEqualTo(ExitCodes.NOT_READY);
        assertThat(again.errLines()).containsExactly(
                "stackbridge\u00a0: StampAlreadyInitialized\u00a0: Le répertoire de données " + data.toAbsolutePath()
                        + " contient déjà le stamp c10dc10d-0000-4000-8000-0000000000aa.",
                "  Que faire\u00a0: Continuez avec ce stamp, ou donnez un autre --data-dir pour en créer un nouveau.");
    }

    @Test
    void a_capacity_stamp_without_its_agreement_number_is_an_invalid_registration_token_and_nothing_is_kept() {
        CliRun refused = stamp().local("stamp", "init", "--billing-model", "Capacity");

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err()).startsWith("stackbridge: InvalidRegistrationToken: ").contains("agreementNumber", "What to do: ");
        assertThat(stamp().local("stamp", "token").exitCode()).isEqualTo(ExitCodes.NOT_READY);
    }

    @Test
    void a_malformed_cloud_id_or_azure_address_is_a_usage_error() {
        assertThat(stamp().local("stamp", "init", "--cloud-id", "not-a-guid").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(stamp().local("stamp", "init", "--azure", "ftp://example").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(StackCli.run("stamp").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void the_token_is_base64_json_naming_the_stamps_cloud_and_the_bridge_principal() {
        stamp().local("stamp", "init", "--cloud-id", "c10dc10d-0000-4000-8000-0000000000bb", "--billing-model", "PayAsYouUse");

        CliRun token = stamp().local("stamp", "token");

        String json = new String(Base64.getDecoder().decode(token.out().strip()), StandardCharsets.UTF_8);
        assertThat(token.exitCode()).isZero();
        assertThat(json).contains("\"cloudId\":\"c10dc10d-0000-4000-8000-0000000000bb\"", "\"objectId\":\"" + WellKnown.BRIDGE_OBJECT_ID + "\"",
                "\"billingModel\":\"PayAsYouUse\"");
    }

    @Test
    void a_directory_without_a_stamp_is_said_so_and_left_untouched() {
        CliRun properties = stamp().local("stamp", "properties");

        assertThat(properties.exitCode()).isEqualTo(ExitCodes.NOT_READY);
        assertThat(properties.err()).startsWith("stackbridge: StampNotInitialized: The data directory " + data.toAbsolutePath()
                + " holds no stamp.").contains("stackbridge stamp init --data-dir");
        assertThat(data).isEmptyDirectory();
    }

    @Test
    void register_shows_each_step_and_leaves_the_stamp_registered() {
        stamp().local("stamp", "init", "--billing-model", "PayAsYouUse", "--azure", azure.url().toString());

        CliRun register = stamp().remote("stamp", "register");
        CliRun properties = stamp().inFrench().local("stamp", "properties");

        assertThat(register.exitCode()).as(register.err()).isZero();
        assertThat(register.outLines()).filteredOn(line -> line.startsWith("  [ok] ")).hasSize(6);
        assertThat(register.out()).contains("  [ok] Fetch the activation key", "its bridge reports usage to " + azure.url());
        assertThat(properties.outLines()).contains("État de l’inscription\u00a0: Inscrit", "Abonnement\u00a0: " + WellKnown.REGISTRATION_SUBSCRIPTION,
                "Groupe de ressources\u00a0: azurestack", "Modèle de facturation\u00a0: PayAsYouUse", "Expiration de l’activation\u00a0: jamais");
    }

    @Test
    void a_capacity_registration_lasts_one_term_and_then_shows_as_expired() {
        stamp().local("stamp", "init", "--billing-model", "Capacity", "--agreement-number", "1234567", "--azure", azure.url().toString());
        CliRun register = stamp().remote("stamp", "register", "--subscription", WellKnown.EA_SUBSCRIPTION);

        CliRun now = stamp().local("stamp", "properties");
        CliRun nextYear = stamp().local("stamp", "properties", "--stamp-clock-offset", "P366D");
        CliRun nextYearInFrench = stamp().inFrench().local("stamp", "properties", "--stamp-clock-offset", "P366D");

        assertThat(register.exitCode()).as(register.err()).isZero();
        assertThat(now.outLines()).contains("Registration status: Registered", "Billing model: Capacity")
                .noneMatch(line -> line.equals("Activation expires: never"));
        assertThat(nextYear.outLines()).contains("Registration status: Expired", "Subscription: " + WellKnown.EA_SUBSCRIPTION);
        assertThat(nextYearInFrench.outLines()).contains("État de l’inscription\u00a0: Expiré");
    }

    @Test
    void register_against_an_emulator_that_is_not_listening_stops_at_the_first_step_unable_to_sign_in() throws Exception {
        stamp().local("stamp", "init");
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        CliRun register = StackCli.run("stamp", "register", "--data-dir", data.toString(), "--lang", "en", "--ascii",
                "--azure", "https://127.0.0.1:" + closed, "--ca", azure.caPem().toString());

        assertThat(register.exitCode()).isEqualTo(ExitCodes.BRIDGE_ERROR);
        assertThat(register.outLines()).contains("  [x] Register the Microsoft.AzureStack resource provider",
                "  - Fetch the activation key (not reached)");
        assertThat(register.err()).startsWith("stackbridge: LoginError: ").contains("ConnectException", "What to do: ")
                .doesNotContain("\tat ");
    }

    @Test
    void a_missing_ca_certificate_is_a_usage_error_that_says_where_serve_writes_it() {
        stamp().local("stamp", "init");

        CliRun register = StackCli.run("stamp", "register", "--data-dir", data.toString(), "--lang", "en",
                "--ca", data.resolve("nowhere.pem").toString());

        assertThat(register.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(register.err()).startsWith("stackbridge: CaCertificateUnusable: ").contains(".stackbridge/ca.pem");
    }

    @Test
    void a_data_directory_whose_database_is_damaged_or_newer_is_exit_code_1_with_its_code() throws Exception {
        java.nio.file.Files.writeString(data.resolve("stamp.db"), "not a database, only text that is long enough to be read as a header");

        CliRun damaged = stamp().local("stamp", "properties");

        assertThat(damaged.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(damaged.err()).startsWith("stackbridge: DataStoreUnavailable: ").doesNotContain("\tat ");
    }

    @Test
    void a_database_of_a_newer_stackbridge_is_refused_with_exit_code_1() {
        stamp().local("stamp", "init");
        try (var database = io.stackbridge.adapters.sqlite.db.SqliteDatabase.open(data.resolve("stamp.db"))) {
            database.inTransaction(connection -> io.stackbridge.adapters.sqlite.db.Sql.update(connection,
                    "INSERT INTO schema_version VALUES (99, 'from the future', 'then')"));
        }

        CliRun newer = stamp().local("stamp", "token");

        assertThat(newer.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(newer.err()).startsWith("stackbridge: DataSchemaTooNew: ").contains("Use the StackBridge that wrote it");
    }
}
