package io.stackbridge.adapters.cli.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.application.port.in.admin.ReadJournalUseCase.JournalQuery;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultMatch;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.journal.JournalEntry;
import io.stackbridge.junit.StackBridgeEmulator;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code marketplace list|show|download|remove} against the emulator over HTTPS, on a registered stamp. */
class MarketplaceCommandsTest {

    private static final String SMALL = "Microsoft.OSTCExtensions.VMAccessForLinux.1.4.7.1";
    private static final String OFFLINE_TOOLS = "Microsoft.AzureStack.DisconnectedMarketplaceTools.1.0.3";
    private static final String GALLERY_FILE = "gallery/package.azpkg";

    @RegisterExtension
    static StackBridgeEmulator azure = StackBridgeEmulator.start();

    @TempDir
    Path data;

    private StampDirectory stamp;

    @BeforeEach
    void a_registered_stamp() {
        stamp = StampDirectory.of(data, azure).registered();
    }

    @Test
    void lists_shows_downloads_and_removes_a_product() throws Exception {
        CliRun before = stamp.remote("marketplace", "list");
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.outLines().get(0)).isEqualTo("Azure offers this registration 15 products; 0 of them are in the stamp’s gallery.");
        assertThat(before.outLines()).anyMatch(line -> line.startsWith(SMALL + " ") && line.endsWith(" no"));

        CliRun fits = stamp.remote("marketplace", "show", SMALL);
        assertThat(fits.exitCode()).as(fits.err()).isZero();
        assertThat(fits.outLines()).contains("It fits this stamp (version 2406.1.6, identity system AzureAD).",
                "A download pulls 2 files:");
        CliRun misfit = stamp.remote("marketplace", "show", OFFLINE_TOOLS);
        assertThat(misfit.outLines()).contains("It does not fit this stamp (version 2406.1.6, identity system AzureAD):")
                .anyMatch(line -> line.startsWith("  CapacityBillingModelRequired: "))
                .anyMatch(line -> line.startsWith("  ADFSIdentitySystemRequired: "))
                .anyMatch(line -> line.startsWith("  DisconnectedEnvironmentRequired: "));
        JsonNode shown = new ObjectMapper().readTree(stamp.remote("marketplace", "show", OFFLINE_TOOLS, "--output", "json").out());
        assertThat(shown.path("compatibility").path("isCompatible").asBoolean(true)).isFalse();
        assertThat(shown.path("files").get(1).path("uri").asText()).startsWith(azure.url() + "/marketplace/packages/" + OFFLINE_TOOLS + "/");

        CliRun download = stamp.remote("marketplace", "download", SMALL);
        assertThat(download.exitCode()).as(download.out() + download.err()).isZero();
        assertThat(download.outLines()).contains("Downloading gallery/package.azpkg (4096 bytes)…",
                "  gallery/package.azpkg: 100% (4096 of 4096 bytes)",
                "Downloaded " + SMALL + " version 1.4.7 into the stamp’s gallery: 2 files, 8192 bytes, every digest checked.",
                "The outcome was reported to Azure (uploadProductLog).");
        assertThat(Files.size(data.resolve("marketplace").resolve(SMALL).resolve("files").resolve("extension/package.zip"))).isEqualTo(4096);
        assertThat(journal(Operation.Products_UploadLog)).hasSize(1);

        JsonNode listed = new ObjectMapper().readTree(stamp.remote("marketplace", "list", "--output", "json").out());
        assertThat(listed.path("products")).filteredOn(product -> product.path("name").asText().equals(SMALL))
                .singleElement().satisfies(product -> assertThat(product.path("downloaded").asBoolean()).isTrue());

        CliRun remove = stamp.local("marketplace", "remove", SMALL);
        assertThat(remove.exitCode()).as(remove.err()).isZero();
        assertThat(remove.out()).startsWith("Removed " + SMALL + " from the stamp’s gallery.");
        assertThat(data.resolve("marketplace").resolve(SMALL)).doesNotExist();
        CliRun again = stamp.local("marketplace", "remove", SMALL);
        assertThat(again.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(again.err()).startsWith("stackbridge: ProductNotInGallery: ");
        assertThat(stamp.inFrench().local("marketplace", "remove", SMALL).err())
                .contains("La galerie du stamp ne contient aucun produit nommé " + SMALL + ".");
    }

    @Test
    void a_registration_without_syndication_is_refused_with_its_code() {
        StampDirectory closed = StampDirectory.of(data.resolve("closed"), azure);
        assertThat(closed.local("stamp", "init", "--billing-model", "PayAsYouUse", "--marketplace-syndication", "false").exitCode()).isZero();
        assertThat(closed.remote("stamp", "register").exitCode()).isZero();

        CliRun list = closed.remote("marketplace", "list");

        assertThat(list.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(list.out()).isEmpty();
        assertThat(list.err()).startsWith("stackbridge: MarketplaceSyndicationDisabled: ").doesNotContain("\tat ");
    }

    @Test
    void an_interrupted_download_keeps_what_arrived_and_resumes_from_there() {
        fault(new FaultEffect.PartialBody());

        CliRun cut = stamp.remote("marketplace", "download", SMALL);

        assertThat(cut.exitCode()).as(cut.out() + cut.err()).isEqualTo(ExitCodes.BRIDGE_ERROR);
        assertThat(cut.err()).startsWith("stackbridge: NetworkError: ");
        assertThat(cut.outLines()).contains("Kept 2048 of 4096 bytes of gallery/package.azpkg: run the same command again to resume from there.");

        CliRun resumed = stamp.remote("marketplace", "download", SMALL);

        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
        assertThat(resumed.outLines()).contains("Resuming gallery/package.azpkg (4096 bytes) from byte 2048…")
                .anyMatch(line -> line.startsWith("Downloaded " + SMALL));
        assertThat(journal(Operation.MarketplacePackages_Download)).extracting(JournalEntry::outcome)
                .containsExactly("PartialBody", "OK", "OK");
    }

    @Test
    void a_file_whose_digest_does_not_match_is_refused_then_downloaded_anew() throws Exception {
        fault(new FaultEffect.PartialBody());
        assertThat(stamp.remote("marketplace", "download", SMALL).exitCode()).isEqualTo(ExitCodes.BRIDGE_ERROR);
        Path kept = data.resolve("marketplace").resolve(SMALL).resolve("files").resolve(GALLERY_FILE);
        assertThat(Files.size(kept)).isEqualTo(2048);
        Files.write(kept, new byte[2048]);

        CliRun spoilt = stamp.remote("marketplace", "download", SMALL);

        assertThat(spoilt.exitCode()).as(spoilt.out() + spoilt.err()).isEqualTo(ExitCodes.FAILURE);
        assertThat(spoilt.errLines().get(0)).startsWith("stackbridge: PackageDigestMismatch: File " + GALLERY_FILE + " of product " + SMALL);
        assertThat(stamp.remote("marketplace", "list").outLines()).anyMatch(line -> line.startsWith(SMALL + " ") && line.endsWith(" no"));
        CliRun fresh = stamp.remote("marketplace", "download", SMALL);
        assertThat(fresh.exitCode()).as(fresh.out() + fresh.err()).isZero();
        assertThat(fresh.outLines()).contains("Downloading gallery/package.azpkg (4096 bytes)…");
    }

    @Test
    void a_connection_reset_on_every_attempt_is_a_network_error_and_keeps_nothing() {
        azure.admin().addFaultRule().add(new FaultRule("reset", FaultMatch.operation(Operation.MarketplacePackages_Download), 1.0,
                Option.none(), new FaultEffect.ResetConnection()));

        CliRun reset = stamp.remote("marketplace", "download", SMALL);

        assertThat(reset.exitCode()).as(reset.out() + reset.err()).isEqualTo(ExitCodes.BRIDGE_ERROR);
        assertThat(reset.err()).startsWith("stackbridge: NetworkError: ").doesNotContain("\tat ");
        assertThat(reset.out()).doesNotContain("Kept ");
    }

    private static void fault(FaultEffect effect) {
        azure.admin().addFaultRule().add(new FaultRule("cut", FaultMatch.operation(Operation.MarketplacePackages_Download), 1.0,
                Option.some(1), effect));
    }

    private static java.util.List<JournalEntry> journal(Operation operation) {
        return azure.admin().readJournal().read(new JournalQuery(Option.some(operation), Option.none(), Option.none())).toJavaList();
    }
}
