package io.stackbridge.application.contract;

import io.stackbridge.application.port.out.MarketplacePort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultMatch;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.marketplace.CompatibilityIssue;
import io.stackbridge.domain.marketplace.OfferedProduct;
import io.stackbridge.domain.marketplace.PackageContent;
import io.stackbridge.domain.marketplace.PackageFile;
import io.stackbridge.domain.marketplace.PackageReceipt;
import io.stackbridge.domain.marketplace.PackageSource;
import io.stackbridge.domain.marketplace.ProductDetails;
import io.stackbridge.domain.marketplace.ProductFit;
import io.stackbridge.domain.marketplace.ProductLog;
import io.stackbridge.domain.marketplace.ProductLogUpdate;
import io.stackbridge.domain.marketplace.StampDevice;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.stackbridge.application.contract.Outcomes.left;
import static io.stackbridge.application.contract.Outcomes.right;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stamp's marketplace port on a PayAsYouUse registration with syndication on, in the well-known
 * world's catalog: list, details, compatibility, log upload, and package files read whole, resumed
 * or past their end; the refusals keep their codes, a cut connection is a bridge code.
 */
public abstract class MarketplacePortContract extends AzureContract {

    static final String SQL_SERVER = "MicrosoftSQLServer.sql2019-ws2019.standard.15.0.231012";
    static final String OFFLINE_TOOLS = "Microsoft.AzureStack.DisconnectedMarketplaceTools.1.0.3";
    static final String SMALL = "Microsoft.OSTCExtensions.VMAccessForLinux.1.4.7.1";

    private RegistrationKey registration;

    @BeforeEach
    void registerWithSyndication() {
        registration = register(world().registrationSubscription(), StampTokens.forObject(world().bridgeObjectId()).syndicated().build());
    }

    private MarketplacePort marketplace() {
        return azure.marketplace();
    }

    @Test
    void list_offers_the_whole_catalog_by_name() {
        List<OfferedProduct> offered = right(marketplace().list(registration));

        assertThat(offered).hasSize(15);
        assertThat(offered.map(OfferedProduct::name)).contains(SQL_SERVER, OFFLINE_TOOLS, SMALL);
        assertThat(offered.find(product -> product.name().equals(SMALL)).get().version()).isEqualTo("1.4.7");
    }

    @Test
    void a_registration_without_syndication_is_refused() {
        RegistrationKey closed = registerPayAsYouUse(bridgeStamp());

        assertThat(left(marketplace().list(closed)).code()).isEqualTo(ErrorCode.MarketplaceSyndicationDisabled);
        assertThat(left(marketplace().details(closed, SMALL)).code()).isEqualTo(ErrorCode.MarketplaceSyndicationDisabled);
    }

    @Test
    void details_name_the_gallery_package_first_then_the_image_and_each_data_disk() {
        ProductDetails details = right(marketplace().details(registration, SQL_SERVER));

        assertThat(details.name()).isEqualTo(SQL_SERVER);
        assertThat(details.files().map(PackageSource::file))
                .containsExactly("gallery/package.azpkg", "image/os.vhd", "image/data0.vhd", "image/data1.vhd");
        assertThat(details.files().head().uri().getPath()).isEqualTo("/marketplace/packages/" + SQL_SERVER + "/gallery/package.azpkg");
        assertThat(left(marketplace().details(registration, "NoSuchProduct")).code()).isEqualTo(ErrorCode.ResourceNotFound);
    }

    @Test
    void check_names_every_issue_with_the_stamp() {
        ProductFit misfit = right(marketplace().check(registration, OFFLINE_TOOLS, StampDevice.CONFIGURATION));
        ProductFit fit = right(marketplace().check(registration, SMALL, StampDevice.CONFIGURATION));

        assertThat(misfit.isCompatible()).isFalse();
        assertThat(misfit.issues()).containsExactly(CompatibilityIssue.CapacityBillingModelRequired,
                CompatibilityIssue.ADFSIdentitySystemRequired, CompatibilityIssue.DisconnectedEnvironmentRequired);
        assertThat(misfit.description()).isNotBlank();
        assertThat(fit.isCompatible()).isTrue();
        assertThat(fit.product().name()).isEqualTo(SMALL);
    }

    @Test
    void an_uploaded_log_comes_back_as_logged() {
        ProductLogUpdate update = new ProductLogUpdate(Option.some("Download"), Option.some("Succeeded"), Option.none(), Option.some("2 files"));

        ProductLog log = right(marketplace().uploadLog(registration, SMALL, update));

        assertThat(log.productId()).isEqualTo(SMALL);
        assertThat(log.update()).isEqualTo(update);
        assertThat(log.registration()).isEqualTo(registration);
    }

    @Test
    void a_package_file_arrives_whole_with_its_length_and_md5() {
        PackageSource gallery = right(marketplace().details(registration, SMALL)).files().head();
        Received received = new Received();

        PackageReceipt receipt = right(marketplace().download(gallery.uri(), 0, received));

        assertThat(received.opened).isEqualTo(receipt.length());
        assertThat(received.bytes.size()).isEqualTo((int) receipt.length());
        assertThat(receipt.md5()).isEqualTo(md5(received.bytes.toByteArray()));
        assertThat(received.bytes.toByteArray())
                .isEqualTo(PackageContent.bytes(SMALL, new PackageFile(gallery.file(), receipt.length()), 0, (int) receipt.length()));
    }

    @Test
    void a_download_resumed_from_an_offset_brings_the_rest_and_past_the_end_nothing() {
        PackageSource gallery = right(marketplace().details(registration, SMALL)).files().head();
        Received whole = new Received();
        right(marketplace().download(gallery.uri(), 0, whole));
        Received rest = new Received();
        Received none = new Received();

        PackageReceipt resumed = right(marketplace().download(gallery.uri(), 1000, rest));
        PackageReceipt after = right(marketplace().download(gallery.uri(), resumed.length(), none));

        byte[] all = whole.bytes.toByteArray();
        assertThat(rest.bytes.toByteArray()).isEqualTo(java.util.Arrays.copyOfRange(all, 1000, all.length));
        assertThat(none.bytes.size()).isZero();
        assertThat(after).isEqualTo(resumed);
    }

    @Test
    void an_unknown_file_is_not_found_and_a_cut_connection_is_a_network_error() {
        URI gallery = right(marketplace().details(registration, SMALL)).files().head().uri();
        Either<DomainError, PackageReceipt> missing = marketplace().download(gallery.resolve("nothing.vhd"), 0, new Received());
        azure.addFault(new FaultRule("cut", FaultMatch.operation(Operation.MarketplacePackages_Download), 1.0, Option.none(),
                new FaultEffect.Unreachable()));

        assertThat(left(missing).code()).isEqualTo(ErrorCode.ResourceNotFound);
        assertThat(left(marketplace().download(gallery, 0, new Received())).code()).isEqualTo(ErrorCode.NetworkError);
    }

    private static String md5(byte[] bytes) {
        return Base64.getEncoder().encodeToString(PackageContent.md5().digest(bytes));
    }

    /** What a download handed on. */
    static final class Received implements MarketplacePort.PackageSink {
        long opened = -1;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public void opened(long fileLength) {
            opened = fileLength;
        }

        @Override
        public void received(byte[] piece, int length) {
            bytes.write(piece, 0, length);
        }
    }
}
