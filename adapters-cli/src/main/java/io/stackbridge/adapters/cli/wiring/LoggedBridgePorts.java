package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.support.logs.RoleLog;
import io.stackbridge.application.port.out.SleeperPort;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.UsagePushPort;

/** The bridge's ports of a stamp, each call written to the stamp's AzureBridge log (see {@link BridgeRunLog}). */
final class LoggedBridgePorts {

    private LoggedBridgePorts() {
    }

    static AzureForStamp of(AzureForStamp azure, RoleLog log) {
        BridgeRunLog run = new BridgeRunLog(log);
        TokenPort tokens = request -> {
            String who = "sign-in of client " + request.clientId().value() + " in tenant " + request.tenantId().value()
                    + (request.certificate().isDefined() ? " with a certificate" : " with a secret");
            return azure.tokens().acquire(request)
                    .peek(token -> run.said(who + " succeeded, token valid until " + token.expiresAt()))
                    .peekLeft(error -> run.failed(who, error));
        };
        UsagePushPort usage = push -> {
            String batch = push.batch().id().value();
            int attempt = run.pushing(batch);
            String what = "push attempt " + attempt + " of batch " + batch + " (" + push.batch().records().size() + " records, "
                    + hours(push) + ")";
            return azure.usage().push(push)
                    .peek(receipt -> {
                        run.said(what + " succeeded: " + receipt.records() + " records confirmed"
                                + (receipt.alreadyReceived() ? ", already received before" : ""));
                        run.delivered();
                    })
                    .peekLeft(error -> run.failed(what, error));
        };
        BridgeWaits waits = sleeper -> {
            SleeperPort inner = azure.waits().around(sleeper);
            return wait -> {
                run.waiting(wait);
                inner.sleep(wait);
            };
        };
        return new AzureForStamp.Logged(new AzureForStamp.Ports(azure.registrations(), tokens, usage, azure.activationKeyVerifier(),
                azure.connectivityProbe(), azure.marketplace()), waits, log);
    }

    private static String hours(UsagePushPort.UsagePush push) {
        var hours = push.batch().records().map(record -> record.window().start()).distinct().sorted();
        return hours.isEmpty() ? "no hours" : hours.size() + " hours from " + hours.head() + " to " + hours.last();
    }
}
