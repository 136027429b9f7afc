package io.stackbridge.adapters.cli.bridge;

import io.stackbridge.adapters.cli.stack.StackJson;
import io.stackbridge.domain.bridge.BridgeRun;
import io.stackbridge.domain.bridge.BridgeStatus;
import io.stackbridge.domain.bridge.Diagnosis;
import io.stackbridge.domain.bridge.DiagnosticStep;
import io.stackbridge.domain.bridge.StepCheck;
import io.stackbridge.domain.stamp.RegionProperties;
import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.text.MessageBundle;
import io.vavr.collection.List;

import java.util.Locale;
import java.util.Map;

/** The bridge commands' JSON documents, in the shapes docs/cli.md documents ("The stack side"). */
final class BridgeJson {

    private BridgeJson() {
    }

    static Map<String, Object> status(RegionProperties properties, BridgeStatus status, Language language) {
        Map<String, Object> json = StackJson.document();
        json.put("cloudId", properties.cloudId().toString());
        json.put("registrationStatus", properties.status().name());
        json.put("lastSuccess", StackJson.text(status.lastSuccess()));
        json.put("pending", status.pendingCount());
        json.put("oldestPendingHour", StackJson.text(status.oldestPendingHour()));
        json.put("lastError", status.lastError().map(failure -> StackJson.failure(failure, language)).getOrNull());
        json.put("failing", status.failing());
        json.put("overdue", status.warning().map(overdue -> {
            Map<String, Object> warning = StackJson.document();
            warning.put("days", overdue.days());
            warning.put("since", overdue.since().toString());
            return warning;
        }).getOrNull());
        return json;
    }

    static Map<String, Object> run(BridgeRun run, int pending, Language language) {
        Map<String, Object> json = StackJson.document();
        json.put("completed", run.completed() && !run.reportingDisabled());
        json.put("batches", run.batches());
        json.put("records", run.records());
        json.put("resent", run.resent());
        json.put("pending", pending);
        json.put("reportingDisabled", run.reportingDisabled());
        json.put("stoppedBy", run.stoppedBy().map(failure -> StackJson.failure(failure, language)).getOrNull());
        return json;
    }

    static Map<String, Object> diagnosis(Diagnosis diagnosis, Language language) {
        Map<String, Object> json = StackJson.document();
        json.put("passed", diagnosis.passed());
        json.put("steps", diagnosis.steps().map(check -> step(check, language)).toJavaList());
        json.put("notReached", List.of(DiagnosticStep.values()).drop(diagnosis.steps().size()).map(Enum::name).toJavaList());
        json.put("clockOffsetSeconds", diagnosis.clockOffset()
                .map(offset -> String.format(Locale.ROOT, "%.3f", offset.toMillis() / 1000.0)).getOrNull());
        return json;
    }

    private static Map<String, Object> step(StepCheck check, Language language) {
        Map<String, Object> json = StackJson.document();
        json.put("step", check.step().name());
        json.put("target", check.target());
        json.put("passed", check.passed());
        json.put("outcome", check.outcome().map(finding -> MessageBundle.show(language, finding)).getOrNull());
        json.put("finding", check.outcome().map(finding -> finding.kind().name()).getOrNull());
        json.put("values", check.outcome().map(finding -> finding.values().map(String::valueOf).toJavaList()).getOrNull());
        json.put("error", check.failure().map(error -> StackJson.error(error, language)).getOrNull());
        return json;
    }
}
