package io.stackbridge.adapters.http.server.support;

import io.stackbridge.junit.FakeAzure;
import io.stackbridge.adapters.cli.wiring.AdminUseCases;
import io.stackbridge.adapters.cli.wiring.CloudUseCases;
import io.stackbridge.adapters.http.server.portal.AzurePortalRoutes;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.EmulatorRoutes;
import io.stackbridge.adapters.http.server.EmulatorServer;
import io.stackbridge.adapters.http.server.ServerAddress;
import io.stackbridge.adapters.http.server.admin.AdminGate;
import io.stackbridge.adapters.http.server.admin.AdminPipeline;
import io.stackbridge.adapters.http.server.admin.ApprovalRoutes;
import io.stackbridge.adapters.http.server.admin.ClockRoutes;
import io.stackbridge.adapters.http.server.admin.FaultRoutes;
import io.stackbridge.adapters.http.server.admin.HealthRoutes;
import io.stackbridge.adapters.http.server.admin.JournalRoutes;
import io.stackbridge.adapters.http.server.admin.KeyRoutes;
import io.stackbridge.adapters.http.server.admin.WorldRoutes;
import io.stackbridge.adapters.http.server.arm.Paging;
import io.stackbridge.adapters.http.server.arm.RegistrationRoutes;
import io.stackbridge.adapters.http.server.arm.ResourceRoutes;
import io.stackbridge.adapters.http.server.identity.DiscoveryRoutes;
import io.stackbridge.adapters.http.server.identity.TokenRoutes;
import io.stackbridge.adapters.http.server.linked.LinkedSubscriptionRoutes;
import io.stackbridge.adapters.http.server.marketplace.PackageRoutes;
import io.stackbridge.adapters.http.server.marketplace.ProductRoutes;
import io.stackbridge.adapters.http.server.pipeline.AcceptedAudiences;
import io.stackbridge.adapters.http.server.pipeline.Authenticator;
import io.stackbridge.adapters.http.server.pipeline.ExceptionAnswers;
import io.stackbridge.adapters.http.server.pipeline.HeldRequests;
import io.stackbridge.adapters.http.server.pipeline.MethodNotAllowed;
import io.stackbridge.adapters.http.server.pipeline.Pipeline;
import io.stackbridge.adapters.http.server.manifest.ManifestRoutes;
import io.stackbridge.adapters.http.server.pipeline.Responses;
import io.stackbridge.adapters.http.server.tenant.CustomerSubscriptionRoutes;
import io.stackbridge.adapters.http.server.tls.InterceptingProxy;
import io.stackbridge.adapters.http.server.tls.UntrustedHandshakes;
import io.stackbridge.adapters.http.server.usage.UsageRoutes;
import io.stackbridge.adapters.http.server.admin.UsageLedgerRoutes;
import io.stackbridge.application.port.in.registration.GetRegistrationUseCase;

/** The emulator's server over one fake Azure's use cases, built by hand as Dagger builds it in the composition root. */
public final class TestServer {

    private TestServer() {
    }

    public static EmulatorServer over(FakeAzure fake, EmulatorConfig config) {
        return over(fake, config, fake.cloud().getRegistration());
    }

    /** The same, with registration reads served by {@code getRegistration} (to make one route misbehave). */
    public static EmulatorServer over(FakeAzure fake, EmulatorConfig config, GetRegistrationUseCase getRegistration) {
        CloudUseCases c = fake.cloud();
        AdminUseCases a = fake.admin();
        ServerAddress address = new ServerAddress();
        AdminGate gate = new AdminGate(config, a.recordCall());
        InterceptingProxy proxy = new InterceptingProxy(config);
        Paging paging = new Paging(config);
        EmulatorRoutes routes = new EmulatorRoutes(
                new RegistrationRoutes(c.createOrUpdateRegistration(), getRegistration, c.updateRegistration(), c.deleteRegistration(),
                        c.getActivationKey(), c.enableRemoteManagement(), c.listRegistrations(), paging),
                new CustomerSubscriptionRoutes(c.addCustomerSubscription(), c.getCustomerSubscription(), c.listCustomerSubscriptions(),
                        c.removeCustomerSubscription(), paging),
                new ResourceRoutes(c.registerResourceProvider(), c.getResourceProvider(), c.createOrUpdateResourceGroup(),
                        c.getResourceGroup(), c.deleteResourceGroup()),
                new TokenRoutes(c.issueAccessToken(), new DiscoveryRoutes(c.discoverTenant(), c.publishSigningKeys())),
                new UsageRoutes(c.acceptUsageBatch()),
                new HealthRoutes(a.listFaultRules(), a.resetEmulator(), config, address, gate),
                new WorldRoutes(a.readWorld(), a.putDirectorySubscription(), a.putServicePrincipal()),
                new ApprovalRoutes(c.approveMultiTenancy(), c.revokeMultiTenancy()),
                new FaultRoutes(a.listFaultRules(), a.addFaultRule(), a.removeFaultRule(), a.clearFaultRules(), proxy),
                new JournalRoutes(a.readJournal(), a.clearJournal()),
                new ClockRoutes(a.readClockOffset(), a.setClockOffset()),
                new KeyRoutes(c.publishSigningKeys()),
                new UsageLedgerRoutes(c.queryUsageLedger()),
                new ProductRoutes(c.listProducts(), c.getProduct(), c.checkProducts(), c.checkProduct(), c.uploadProductLog(), paging),
                new LinkedSubscriptionRoutes(c.listLinkedSubscriptions(), c.getLinkedSubscription(), c.createOrUpdateLinkedSubscription(),
                        c.updateLinkedSubscription(), c.deleteLinkedSubscription(), paging),
                new ManifestRoutes(c.getCloudManifest(), c.createDeploymentLicense()),
                new PackageRoutes(c.readPackageFile()),
                new AzurePortalRoutes(a.listEveryRegistration(), c.approveMultiTenancy(), c.revokeMultiTenancy(), a.chartBookedUsage(),
                        a.listFaultRules(), a.addFaultRule(), a.removeFaultRule(), a.readJournal(), proxy));
        Responses responses = new Responses(address);
        Authenticator authenticator = new Authenticator(config, c.verifyAccessToken(), new AcceptedAudiences(fake.endpoints(), address),
                a.readClockOffset());
        Pipeline pipeline = new Pipeline(a.drawFault(), a.recordCall(), a.serveWithShiftedClock(), authenticator, responses,
                new HeldRequests(config), config);
        return new EmulatorServer(config, routes, pipeline, new AdminPipeline(responses, gate, config),
                new ExceptionAnswers(responses, new MethodNotAllowed(responses), config), address, new UntrustedHandshakes(a.listFaultRules(), a.addFaultRule()),
                proxy);
    }
}
