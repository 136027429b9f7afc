package io.stackbridge.adapters.http.server.admin;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.wire.admin.FaultRuleJson;
import io.stackbridge.adapters.http.wire.admin.FaultRuleList;
import io.stackbridge.adapters.http.server.pipeline.JsonBody;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.adapters.http.server.tls.InterceptingProxy;
import io.stackbridge.application.port.in.admin.AddFaultRuleUseCase;
import io.stackbridge.application.port.in.admin.ClearFaultRulesUseCase;
import io.stackbridge.application.port.in.admin.ListFaultRulesUseCase;
import io.stackbridge.application.port.in.admin.RemoveFaultRuleUseCase;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/**
 * Fault rules: list (with the seed), add one, remove one, clear all (optionally reseeding). Adding an
 * UntrustedCertificate rule first publishes the {@link InterceptingProxy}'s certificate ({@link FaultRuleSwitch}).
 */
public final class FaultRoutes {

    private final ListFaultRulesUseCase listFaultRules;
    private final RemoveFaultRuleUseCase removeFaultRule;
    private final ClearFaultRulesUseCase clearFaultRules;
    private final FaultRuleSwitch switchOn;

    @Inject
    public FaultRoutes(ListFaultRulesUseCase listFaultRules, AddFaultRuleUseCase addFaultRule, RemoveFaultRuleUseCase removeFaultRule,
                       ClearFaultRulesUseCase clearFaultRules, InterceptingProxy proxy) {
        this.listFaultRules = listFaultRules;
        this.removeFaultRule = removeFaultRule;
        this.clearFaultRules = clearFaultRules;
        this.switchOn = new FaultRuleSwitch(addFaultRule, proxy);
    }

    public List<AdminRoute> routes() {
        return List.of(
                AdminRoute.of(HandlerType.GET, "/faults", call -> Either.right(Reply.ok(rules()))),
                AdminRoute.of(HandlerType.POST, "/faults", this::add),
                AdminRoute.of(HandlerType.DELETE, "/faults/{id}", this::remove),
                AdminRoute.of(HandlerType.DELETE, "/faults", this::clear));
    }

    private FaultRuleList rules() {
        var listed = listFaultRules.list();
        return FaultRuleList.of(listed.seed(), listed.rules());
    }

    private Either<DomainError, Reply> add(Call call) {
        return JsonBody.required(call)
                .flatMap(json -> FaultRuleJson.read(json).toEither().<DomainError>mapLeft(ArmError.InvalidRequestContent::new))
                .map(rule -> {
                    switchOn.on(rule, call.ctx());
                    return Reply.json(201, FaultRuleJson.View.from(rule));
                });
    }

    private Either<DomainError, Reply> remove(Call call) {
        Removal removal = removeFaultRule.remove(call.path("id"));
        return Either.right(Reply.empty(removal == Removal.DELETED ? 200 : 204));
    }

    private Either<DomainError, Reply> clear(Call call) {
        return QueryParameters.optionalWhole(call, "seed").toEither().<DomainError>mapLeft(ArmError.InvalidRequestContent::new)
                .map(seed -> {
                    clearFaultRules.clear(seed);
                    return Reply.empty(204);
                });
    }
}
