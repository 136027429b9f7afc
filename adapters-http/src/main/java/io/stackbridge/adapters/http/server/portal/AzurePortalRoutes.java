package io.stackbridge.adapters.http.server.portal;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.admin.AdminRoute;
import io.stackbridge.adapters.http.server.admin.FaultRuleSwitch;
import io.stackbridge.adapters.http.server.admin.QueryParameters;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.server.pipeline.JsonBody;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.adapters.http.server.tls.InterceptingProxy;
import io.stackbridge.application.port.in.admin.AddFaultRuleUseCase;
import io.stackbridge.application.port.in.admin.ListEveryRegistrationUseCase;
import io.stackbridge.application.port.in.admin.ListFaultRulesUseCase;
import io.stackbridge.application.port.in.admin.ReadJournalUseCase;
import io.stackbridge.application.port.in.admin.RemoveFaultRuleUseCase;
import io.stackbridge.application.port.in.registration.ApproveMultiTenancyUseCase;
import io.stackbridge.application.port.in.registration.RevokeMultiTenancyUseCase;
import io.stackbridge.application.port.in.usage.ChartBookedUsageUseCase;
import io.stackbridge.application.port.in.usage.ChartBookedUsageUseCase.Span;
import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.FaultPreset;
import io.stackbridge.domain.linked.RegistrationReference;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.UsageGrain;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The portal's API for the Azure side as a CSP sees it (registrations and their tenants, multi-tenancy
 * approvals, the usage Azure booked) and the training controls (fault presets, the journal as it grows).
 * Every path is under {@link PortalPaths#API}{@code /azure}; bad input is a coded error and changes nothing.
 */
public final class AzurePortalRoutes {

    static final String AZURE = PortalPaths.API + "/azure";
    static final String REGISTRATION_ID = "registrationId";
    static final int DEFAULT_HOURS = 48;
    static final int JOURNAL_LIMIT = 500;
    static final int MOST_JOURNAL_LIMIT = 5000;

    private final ListEveryRegistrationUseCase listEveryRegistration;
    private final ApproveMultiTenancyUseCase approveMultiTenancy;
    private final RevokeMultiTenancyUseCase revokeMultiTenancy;
    private final ChartBookedUsageUseCase chartBookedUsage;
    private final ListFaultRulesUseCase listFaultRules;
    private final RemoveFaultRuleUseCase removeFaultRule;
    private final ReadJournalUseCase readJournal;
    private final FaultRuleSwitch switchOn;

    @Inject
    public AzurePortalRoutes(ListEveryRegistrationUseCase listEveryRegistration, ApproveMultiTenancyUseCase approveMultiTenancy,
                             RevokeMultiTenancyUseCase revokeMultiTenancy, ChartBookedUsageUseCase chartBookedUsage,
                             ListFaultRulesUseCase listFaultRules, AddFaultRuleUseCase addFaultRule, RemoveFaultRuleUseCase removeFaultRule,
                             ReadJournalUseCase readJournal, InterceptingProxy proxy) {
        this.listEveryRegistration = listEveryRegistration;
        this.approveMultiTenancy = approveMultiTenancy;
        this.revokeMultiTenancy = revokeMultiTenancy;
        this.chartBookedUsage = chartBookedUsage;
        this.listFaultRules = listFaultRules;
        this.removeFaultRule = removeFaultRule;
        this.readJournal = readJournal;
        this.switchOn = new FaultRuleSwitch(addFaultRule, proxy);
    }

    public List<AdminRoute> routes() {
        return List.of(
                AdminRoute.of(HandlerType.GET, AZURE + "/registrations",
                        call -> Either.right(Reply.ok(AzureRegistrationsJson.from(listEveryRegistration.list())))),
                AdminRoute.of(HandlerType.POST, AZURE + "/approvals", call -> bodyRegistration(call)
                        .flatMap(approveMultiTenancy::approve).map(key -> approval(key, true))),
                AdminRoute.of(HandlerType.DELETE, AZURE + "/approvals", call -> queryRegistration(call)
                        .flatMap(revokeMultiTenancy::revoke).map(key -> approval(key, false))),
                AdminRoute.of(HandlerType.GET, AZURE + "/usage", this::usage),
                AdminRoute.of(HandlerType.GET, AZURE + "/presets", call -> Either.right(presets(call))),
                AdminRoute.of(HandlerType.PUT, AZURE + "/presets/{name}", this::switchPresetOn),
                AdminRoute.of(HandlerType.DELETE, AZURE + "/presets/{name}", this::switchPresetOff),
                AdminRoute.of(HandlerType.GET, AZURE + "/journal", this::journal));
    }

    private Either<DomainError, Reply> usage(Call call) {
        Validation<Seq<Violation>, UsageGrain> grain = QueryParameters.optional(call, UsageGrain.FIELD, UsageGrain::parse)
                .map(chosen -> chosen.getOrElse(UsageGrain.HOUR));
        Validation<Seq<Violation>, Integer> hours = QueryParameters.between(call, "hours", DEFAULT_HOURS, 1,
                ChartBookedUsageUseCase.MOST_HOURS);
        return invalidRequest(Validation.combine(grain, hours).ap(Span::new).mapError(nested -> nested.flatMap(problems -> problems)))
                .map(span -> Reply.ok(AzureUsageJson.from(chartBookedUsage.chart(span), call.language())));
    }

    private Reply presets(Call call) {
        return Reply.ok(PresetsJson.from(listFaultRules.list().rules(), call.language()));
    }

    private Either<DomainError, Reply> switchPresetOn(Call call) {
        return preset(call).flatMap(preset -> JsonBody.optional(call).map(body -> {
            switchOn.on(preset.rule(), call.ctx());
            return presets(call);
        }));
    }

    private Either<DomainError, Reply> switchPresetOff(Call call) {
        return preset(call).map(preset -> {
            removeFaultRule.remove(preset.presetName());
            return presets(call);
        });
    }

    /** The preset the path names; an unknown one is not found, as a resource would be. */
    private static Either<DomainError, FaultPreset> preset(Call call) {
        return FaultPreset.parse(call.path("name")).toEither().mapLeft(unknown -> new ArmError.ResourceNotFound(call.requestPath()));
    }

    private Either<DomainError, Reply> journal(Call call) {
        Validation<Seq<Violation>, Long> after = QueryParameters.optionalWhole(call, "after")
                .flatMap(given -> given.filter(value -> value < 0)
                        .map(negative -> Violation.<Long>invalid("after", String.valueOf(negative), Rule.OUT_OF_RANGE, 0, Long.MAX_VALUE))
                        .getOrElse(() -> Validation.valid(given.getOrElse(0L))));
        Validation<Seq<Violation>, Integer> limit = QueryParameters.between(call, "limit", JOURNAL_LIMIT, 1, MOST_JOURNAL_LIMIT);
        return invalidRequest(Validation.combine(after, limit).ap(Tuple::of)
                .mapError(nested -> nested.flatMap(problems -> problems)))
                .map(asked -> Reply.ok(JournalFeedJson.from(readJournal.tail(asked._1, asked._2))));
    }

    private static Either<DomainError, RegistrationKey> bodyRegistration(Call call) {
        return JsonBody.required(call).flatMap(json -> {
            JsonNode id = json.path(REGISTRATION_ID);
            return invalidRequest(id.isTextual() ? RegistrationReference.parse(REGISTRATION_ID, id.asText())
                    : Violation.invalid(REGISTRATION_ID, id.isMissingNode() || id.isNull() ? "" : id.toString(), Rule.REQUIRED));
        });
    }

    private static Either<DomainError, RegistrationKey> queryRegistration(Call call) {
        return invalidRequest(RegistrationReference.parse(REGISTRATION_ID, call.query(REGISTRATION_ID).getOrNull()));
    }

    private static Reply approval(RegistrationKey key, boolean approved) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put(REGISTRATION_ID, ResourceIds.registration(key));
        answer.put("multiTenancyApproved", approved);
        return Reply.ok(answer);
    }

    private static <T> Either<DomainError, T> invalidRequest(Validation<Seq<Violation>, T> checked) {
        return checked.toEither().mapLeft(ArmError.InvalidRequestContent::new);
    }
}
