package io.stackbridge.adapters.http.wire;

import io.stackbridge.application.port.in.identity.DiscoverTenantUseCase.DiscoveredTenant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entra ID's OpenID discovery document, v2.0 ({@code /{tenant}/v2.0/.well-known/openid-configuration})
 * or v1 ({@code /{tenant}/.well-known/openid-configuration}), with Microsoft's field names. The
 * addresses are the emulator's; the issuer is the one its tokens carry, whichever endpoint issued them.
 */
public final class OpenIdConfiguration {

    /** How a client may authenticate at the token endpoint: all three are served. */
    public static final List<String> AUTH_METHODS = List.of("client_secret_post", "private_key_jwt", "client_secret_basic");

    private OpenIdConfiguration() {
    }

    public static Map<String, Object> of(DiscoveredTenant tenant, boolean v2) {
        String base = tenant.login() + "/" + tenant.pathTenant();
        String oauth = base + (v2 ? "/oauth2/v2.0/" : "/oauth2/");
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("token_endpoint", oauth + "token");
        document.put("token_endpoint_auth_methods_supported", AUTH_METHODS);
        document.put("jwks_uri", base + (v2 ? "/discovery/v2.0/keys" : "/discovery/keys"));
        document.put("response_modes_supported", List.of("query", "fragment", "form_post"));
        document.put("subject_types_supported", List.of("pairwise"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("response_types_supported", List.of("code", "id_token", "code id_token", "id_token token"));
        document.put("scopes_supported", v2 ? List.of("openid", "profile", "email", "offline_access") : List.of("openid"));
        document.put("issuer", tenant.login() + "/" + tenant.issuerTenant() + "/v2.0");
        document.put("request_uri_parameter_supported", false);
        document.put("authorization_endpoint", oauth + "authorize");
        document.put("device_authorization_endpoint", oauth + "devicecode");
        document.put("http_logout_supported", true);
        document.put("frontchannel_logout_supported", true);
        document.put("end_session_endpoint", oauth + "logout");
        document.put("claims_supported", List.of("sub", "iss", "aud", "exp", "iat", "nbf", "tid", "oid", "appid", "azp", "ver"));
        document.put("tenant_region_scope", "NA");
        document.put("cloud_instance_name", tenant.login().getRawAuthority());
        return document;
    }

    /** The answer of instance discovery: where the tenant's v2.0 document is, and this host as its own only alias. */
    public static Map<String, Object> instance(String login, String host, String pathTenant) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("preferred_network", host);
        metadata.put("preferred_cache", host);
        metadata.put("aliases", List.of(host));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("tenant_discovery_endpoint", login + "/" + pathTenant + "/v2.0/.well-known/openid-configuration");
        answer.put("api-version", "1.1");
        answer.put("metadata", List.of(metadata));
        return answer;
    }
}
