package io.stackbridge.adapters.http.server.manifest;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.arm.PathValues;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.server.pipeline.JsonBody;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.adapters.http.server.pipeline.Route;
import io.stackbridge.adapters.http.server.pipeline.Surface;
import io.stackbridge.adapters.http.wire.ArmPaths;
import io.stackbridge.adapters.http.wire.CloudManifestResource;
import io.stackbridge.adapters.http.wire.DeploymentLicenseBody;
import io.stackbridge.adapters.http.wire.DeploymentLicenseResource;
import io.stackbridge.application.port.in.manifest.CreateDeploymentLicenseUseCase;
import io.stackbridge.application.port.in.manifest.GetCloudManifestUseCase;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.manifest.VerificationVersion;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.inject.Inject;

import java.net.URI;

/**
 * What a device needs to deploy: the cloud manifest files (CloudManifestFile_List and _Get, a
 * tenant-level resource, in every api-version of the provider) and the temporary deployment
 * license (DeploymentLicense_Create, 2022-06-01 only, as the specification has it).
 */
public final class ManifestRoutes {

    public static final String CLOUD_MANIFEST_FILES = ArmPaths.PROVIDER + "/cloudManifestFiles";
    public static final String DEPLOYMENT_LICENSE = ArmPaths.SUBSCRIPTION + ArmPaths.PROVIDER + "/generateDeploymentLicense";
    /** The one api-version of the specification that has deployment licenses. */
    public static final List<String> LICENSE_VERSIONS = List.of("2022-06-01");

    private final GetCloudManifestUseCase getCloudManifest;
    private final CreateDeploymentLicenseUseCase createDeploymentLicense;

    @Inject
    public ManifestRoutes(GetCloudManifestUseCase getCloudManifest, CreateDeploymentLicenseUseCase createDeploymentLicense) {
        this.getCloudManifest = getCloudManifest;
        this.createDeploymentLicense = createDeploymentLicense;
    }

    public List<Route> routes() {
        return List.of(
                Route.of(HandlerType.GET, CLOUD_MANIFEST_FILES, Operation.CloudManifestFile_List, Surface.AZURE_STACK,
                        call -> Either.right(FaultCall.of(Operation.CloudManifestFile_List)), this::latest),
                Route.of(HandlerType.GET, CLOUD_MANIFEST_FILES + "/{version}", Operation.CloudManifestFile_Get, Surface.AZURE_STACK,
                        call -> Either.right(FaultCall.of(Operation.CloudManifestFile_Get)), this::manifest),
                Route.of(HandlerType.POST, DEPLOYMENT_LICENSE, Operation.DeploymentLicense_Create, Surface.AZURE_STACK,
                        call -> PathValues.onSubscription(call, Operation.DeploymentLicense_Create), this::license)
                        .withApiVersions(LICENSE_VERSIONS));
    }

    private Either<DomainError, Reply> latest(Call call) {
        return getCloudManifest.get(VerificationVersion.LATEST.value(), origin(call)).map(manifest -> Reply.ok(CloudManifestResource.from(manifest)));
    }

    private Either<DomainError, Reply> manifest(Call call) {
        return VersionCreationDate.check(call)
                .flatMap(date -> getCloudManifest.get(call.path("version"), origin(call)))
                .map(manifest -> Reply.ok(CloudManifestResource.from(manifest)));
    }

    private Either<DomainError, Reply> license(Call call) {
        return PathValues.subscription(call).flatMap(subscription -> JsonBody.optional(call)
                .flatMap(json -> DeploymentLicenseBody.read(json).toEither().<DomainError>mapLeft(ArmError.InvalidRequestContent::new))
                .flatMap(version -> createDeploymentLicense.create(subscription, version, origin(call)))
                .map(license -> Reply.ok(DeploymentLicenseResource.from(license))));
    }

    /** The emulator's own address as the caller reached it: the management endpoint the answers name. */
    private static URI origin(Call call) {
        return URI.create(call.ctx().url()).resolve("/");
    }
}
