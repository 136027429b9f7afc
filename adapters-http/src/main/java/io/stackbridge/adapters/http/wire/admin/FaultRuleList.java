package io.stackbridge.adapters.http.wire.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** The fault rules in force as the admin API lists them, with the seed that replays their draws. */
public record FaultRuleList(long seed, java.util.List<FaultRuleJson.View> rules) {

    public static FaultRuleList of(long seed, List<FaultRule> rules) {
        return new FaultRuleList(seed, rules.map(FaultRuleJson.View::from).toJavaList());
    }

    /** The rules of a listing read as a tree, each through {@link FaultRuleJson#read}. */
    public static Validation<Seq<Violation>, List<FaultRule>> rules(JsonNode listing) {
        JsonNode rules = listing == null ? null : listing.get("rules");
        List<JsonNode> each = rules == null || !rules.isArray() ? List.empty() : List.ofAll(rules);
        return Validation.sequence(each.map(FaultRuleJson::read)).map(List::ofAll);
    }
}
