package io.stackbridge.adapters.cli.demo;

import io.stackbridge.adapters.cli.emulator.DevPrincipal;
import io.stackbridge.adapters.cli.stack.StackProblem;
import io.stackbridge.adapters.cli.stamp.StampNodes;
import io.stackbridge.application.port.in.stamp.RegisterStampUseCase.Request;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.identity.ClientSecret;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.stamp.BillingChoice;
import io.stackbridge.domain.stamp.BridgePrincipal;
import io.stackbridge.domain.stamp.Stamp;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.nio.file.Path;

/** A stamp created in its data directory and registered with the demo's emulator, as {@code stamp init} and {@code stamp register} do. */
final class StampChapter {

    private StampChapter() {
    }

    /** A stamp registered: its registration in Azure and its cloud ID. */
    record Registered(RegistrationKey key, CloudId cloud) {
    }

    /** The registration of a new stamp of {@code model} in {@code subscription}, told as one step; none when it failed. */
    static Option<Registered> register(DemoScene scene, Path directory, BillingModel model, SubscriptionId subscription) {
        CloudId cloud = new CloudId(Guid.random());
        Stamp stamp = Stamp.of(cloud, StampNodes.of(cloud, 4, 16), BillingChoice.of(model), principal(scene))
                .toEither().getOrElseThrow(problems -> new IllegalStateException("the demo's stamp breaks the token rules: " + problems));
        RegistrationKey key = new RegistrationKey(subscription, scene.cast().resourceGroup(), RegistrationName.conventionalFor(cloud));
        Either<String, RegistrationKey> registered = created(scene, directory, stamp).flatMap(ignored -> registered(scene, directory, key));
        scene.teller().step(registered.isRight(), scene.teller().out().text().format("demo.expected.registered"),
                registered.swap().getOrElse(""), "demo.stamp.registered", cloud, key.name(), model, subscription);
        return registered.toOption().map(done -> new Registered(done, cloud));
    }

    private static Either<String, RegistrationKey> registered(DemoScene scene, Path directory, RegistrationKey key) {
        Request request = new Request(key.subscriptionId(), key.resourceGroup(), key.name(), Request.DEFAULT_LOCATION);
        Either<StackProblem, Either<DomainError, ?>> run = scene.onStamp(directory, DemoScene.TIMEOUT, 1,
                useCases -> useCases.registerStamp().register(request).outcome());
        return run.mapLeft(StampChapter::problem).flatMap(outcome -> outcome.mapLeft(error -> seen(scene, error))).map(activation -> key);
    }

    private static Either<String, Integer> created(DemoScene scene, Path directory, Stamp stamp) {
        return scene.opener().create(scene.request(directory, DemoScene.TIMEOUT, 1), stamp,
                        useCases -> useCases.chooseBilling().choose(stamp.billing()).fold(error -> 1, done -> 0))
                .mapLeft(StampChapter::problem)
                .flatMap(code -> code == 0 ? Either.right(code) : Either.left("chooseBilling"));
    }

    private static BridgePrincipal principal(DemoScene scene) {
        DevPrincipal dev = scene.emulator().bridgePrincipal();
        return new BridgePrincipal(scene.emulator().url(), TenantId.of(dev.tenantId()), ClientId.of(dev.clientId()),
                ObjectId.of(dev.objectId()), new ClientSecret(dev.clientSecret()));
    }

    static String seen(DemoScene scene, DomainError error) {
        return error.code().name() + " (" + ErrorMessages.message(error, scene.language()).replaceAll("\\s*\\R\\s*", " ") + ")";
    }

    static String problem(StackProblem problem) {
        return problem.code() + " " + problem.arguments().mkString(", ");
    }
}
