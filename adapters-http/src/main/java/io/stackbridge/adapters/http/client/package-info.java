/**
 * The bridge's driven ports over HTTPS ({@code java.net.http} + the wire package's Jackson records).
 *
 * <p>How an exchange ends, in one place each:
 * <ul>
 *   <li>{@link io.stackbridge.adapters.http.client.FailureClassifier}: no answer. DNS failure, refused, reset, empty,
 *       cut or garbled answer, proxy refusal, connect timeout, a peer hanging up in the TLS handshake → UNREACHABLE;
 *       no complete answer within the timeout → TIMED_OUT; a certificate refused (untrusted chain, wrong host name,
 *       unverified peer, other handshake failure) → UNTRUSTED_CERTIFICATE.</li>
 *   <li>{@link io.stackbridge.adapters.http.client.ErrorAnswers}: an error answer. An ARM envelope's catalog code →
 *       that code; an OAuth refusal → the identity code of its AADSTS number; otherwise by status (401, 403, 404, 412,
 *       415, 429, 5xx → ServiceUnavailable, other → InvalidRequestContent); {@code Retry-After} in seconds or as a date.</li>
 *   <li>{@link io.stackbridge.domain.bridge.AzureService} (the domain): the port's naming, the one the
 *       in-process fake names it: Resource Manager keeps the codes, the token endpoint makes everything a LoginError,
 *       the usage service makes 401/403 refusals Unauthorized.</li>
 * </ul>
 *
 * <p>Build the four ports with {@link io.stackbridge.adapters.http.client.HttpPorts}.
 */
package io.stackbridge.adapters.http.client;
