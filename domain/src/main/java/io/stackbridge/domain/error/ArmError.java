package io.stackbridge.domain.error;

import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.identity.TokenProblem;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/** The Azure Resource Manager conventions every ARM call can break. */
public sealed interface ArmError extends DomainError {

    /** The header that carries the emulator's admin key ({@code /_stackbridge/…} calls when the key is required). */
    String ADMIN_KEY_HEADER = "X-StackBridge-Admin-Key";

    /** Nothing exists at the resource ID. */
    record ResourceNotFound(String resourceId) implements ArmError {
        public List<Object> arguments() {
            return List.of(resourceId);
        }
    }

    /** The resource group does not exist in the subscription. */
    record ResourceGroupNotFound(SubscriptionId subscriptionId, ResourceGroupName resourceGroup) implements ArmError {
        public List<Object> arguments() {
            return List.of(resourceGroup, subscriptionId);
        }

        public Option<String> target() {
            return Option.some("resourceGroupName");
        }
    }

    /** The {@code api-version} query parameter is missing. */
    record MissingApiVersionParameter(String supported) implements ArmError {
        public List<Object> arguments() {
            return List.of(supported);
        }

        public Option<String> target() {
            return Option.some("api-version");
        }
    }

    /** The {@code api-version} is not one this resource type serves. */
    record InvalidApiVersionParameter(String given, String supported) implements ArmError {
        public List<Object> arguments() {
            return List.of(given, supported);
        }

        public Option<String> target() {
            return Option.some("api-version");
        }
    }

    /** The subscription ID in the path is not a GUID. */
    record InvalidSubscriptionId(String subscriptionId) implements ArmError {
        public List<Object> arguments() {
            return List.of(subscriptionId);
        }

        public Option<String> target() {
            return Option.some("subscriptionId");
        }
    }

    /** The resource group name breaks the naming rules. */
    record InvalidResourceGroupName(String resourceGroup, Seq<Violation> problems) implements ArmError {
        public List<Object> arguments() {
            return List.of(resourceGroup, problems);
        }

        public Option<String> target() {
            return Option.some("resourceGroupName");
        }
    }

    /** A resource name (such as a registration name) breaks the naming rules. */
    record InvalidResourceName(String name, Seq<Violation> problems) implements ArmError {
        public List<Object> arguments() {
            return List.of(name, problems);
        }

        public Option<String> target() {
            return problems.headOption().map(Violation::field);
        }
    }

    /** The request body is not valid JSON, or a property in it is missing or malformed. */
    record InvalidRequestContent(Seq<Violation> problems) implements ArmError {
        public InvalidRequestContent {
            if (problems == null || problems.isEmpty()) {
                throw new IllegalArgumentException("invalid content has at least one problem");
            }
        }

        public List<Object> arguments() {
            return List.of(problems);
        }

        public Option<String> target() {
            return Option.some(problems.head().field());
        }
    }

    /** The request body is larger than the service accepts. */
    record RequestEntityTooLarge(long maxBytes) implements ArmError {
        public List<Object> arguments() {
            return List.of(maxBytes);
        }
    }

    /** The request's headers together are larger than the service reads (the HTTP server refuses them before any route). */
    record RequestHeaderFieldsTooLarge(long maxBytes) implements ArmError {
        public List<Object> arguments() {
            return List.of(maxBytes);
        }
    }

    /** The path exists but does not answer this method. */
    record MethodNotAllowed(String method, String path, String allowed) implements ArmError {
        public List<Object> arguments() {
            return List.of(method, path, allowed);
        }
    }

    /** The service failed on its own account (a bug, never a client mistake); the request ID helps report it. */
    record InternalServerError(String requestId) implements ArmError {
        public List<Object> arguments() {
            return List.of(requestId);
        }
    }

    /** The request body is not {@code application/json}. */
    record UnsupportedMediaType(String contentType) implements ArmError {
        public List<Object> arguments() {
            return List.of(contentType);
        }
    }

    /** The subscription has not registered the resource provider namespace. */
    record MissingSubscriptionRegistration(SubscriptionId subscriptionId, String providerNamespace) implements ArmError {
        public List<Object> arguments() {
            return List.of(subscriptionId, providerNamespace);
        }
    }

    /** {@code If-Match} names an entity tag the resource no longer has. */
    record PreconditionFailed(String ifMatch, String currentEtag) implements ArmError {
        public List<Object> arguments() {
            return List.of(ifMatch, currentEtag);
        }

        public Option<String> target() {
            return Option.some("If-Match");
        }
    }

    /** The bearer token is missing, malformed, expired, or meant for another audience. */
    record InvalidAuthenticationToken(TokenProblem problem) implements ArmError {
        public List<Object> arguments() {
            return List.of(problem);
        }
    }

    /** The caller is authenticated but may not perform the action at that scope. */
    record AuthorizationFailed(String principal, String action, String scope) implements ArmError {
        public List<Object> arguments() {
            return List.of(principal, action, scope);
        }
    }

    /** The emulator asks for its admin key and the request does not carry {@code header}. */
    record AdminKeyMissing(String header) implements ArmError {
        public List<Object> arguments() {
            return List.of(header);
        }
    }

    /** The request's {@code header} holds something other than the emulator's admin key (never repeated). */
    record AdminKeyInvalid(String header) implements ArmError {
        public List<Object> arguments() {
            return List.of(header);
        }
    }

    /**
     * An admin call over plain HTTP names a {@code host} the emulator does not know (not an IP literal, not
     * {@code localhost}, not a name of its certificate): what a page does after pointing its own name at this
     * machine (DNS rebinding).
     */
    record UnknownHost(String host) implements ArmError {
        public List<Object> arguments() {
            return List.of(host);
        }
    }

    /** The caller is being throttled; retry after the given number of seconds. */
    record TooManyRequests(long retryAfterSeconds) implements ArmError {
        public List<Object> arguments() {
            return List.of(retryAfterSeconds);
        }
    }
}
