package io.stackbridge.adapters.http.sdk;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.http.policy.HttpLogDetailLevel;
import com.azure.core.http.policy.FixedDelayOptions;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.http.policy.RetryOptions;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.core.util.Configuration;
import com.azure.resourcemanager.resources.ResourceManager;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.support.tls.PemTrust;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The Azure SDK for Java's Resource Manager client aimed at the emulator: an environment whose
 * Resource Manager, management and Entra ID endpoints are the emulator's URL, the JDK HTTP client
 * trusting the emulator's PEM, no proxy or other setting taken from the machine's environment,
 * and no retries (a test that needed one would hide a refusal the emulator should not make).
 */
final class AzureSdk {

    static final String API_VERSION = "2017-06-01";

    private AzureSdk() {
    }

    static ResourceManager resourceManager(URI emulator, Path caPem, TokenCredential credential, HttpPipelinePolicy observer) {
        Map<String, String> endpoints = new HashMap<>(AzureEnvironment.AZURE.getEndpoints());
        String base = emulator + "/";
        endpoints.put("resourceManagerEndpointUrl", base);
        endpoints.put("managementEndpointUrl", base);
        endpoints.put("activeDirectoryEndpointUrl", base);
        AzureProfile profile = new AzureProfile(DefaultWorld.PARTNER_TENANT.value(), DefaultWorld.REGISTRATION_SUBSCRIPTION.value(),
                new AzureEnvironment(endpoints));
        return ResourceManager.configure()
                .withHttpClient(httpClient(caPem))
                .withConfiguration(Configuration.NONE)
                .withLogLevel(HttpLogDetailLevel.NONE)
                .withRetryOptions(new RetryOptions(new FixedDelayOptions(0, Duration.ofMillis(1))))
                .withPolicy(observer)
                .authenticate(credential, profile)
                .withDefaultSubscription();
    }

    static HttpClient httpClient(Path caPem) {
        return new JdkHttpClientBuilder(java.net.http.HttpClient.newBuilder().sslContext(PemTrust.sslContext(caPem)))
                .configuration(Configuration.NONE)
                .connectionTimeout(Duration.ofSeconds(10))
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }
}
