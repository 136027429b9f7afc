package io.stackbridge.adapters.cli.demo;

import io.stackbridge.adapters.cli.console.TextTable;
import io.stackbridge.adapters.cli.demo.DemoCast.Customer;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.Query;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.SummaryQuery;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.usage.LedgerGroup;
import io.stackbridge.domain.usage.LedgerGrouping;
import io.stackbridge.domain.usage.LedgerSummary;
import io.stackbridge.domain.usage.Quantity;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.nio.file.Path;

/**
 * What Azure booked, per customer subscription and per default subscription, beside what the stamp
 * generated for the same subscriptions (its local usage, billed as the usage service attributes it:
 * to the customer subscription of the owner's tenant, else to the registration's own subscription),
 * and the check that the two agree to the last decimal.
 */
final class BillChapter {

    private final DemoScene scene;

    BillChapter(DemoScene scene) {
        this.scene = scene;
    }

    void compare(Path stamp, CloudId cloud) {
        scene.teller().chapter("demo.chapter.bill");
        LedgerSummary booked = scene.admin().usage(new SummaryQuery(Query.ALL, Option.some(cloud), LinkedHashSet.of(LedgerGrouping.SUBSCRIPTION)))
                .getOrElseThrow(error -> new IllegalStateException("the emulator's usage ledger cannot be read: " + error.code()));
        Map<SubscriptionId, Quantity> generated = scene.onStamp(stamp, DemoScene.TIMEOUT, 1,
                        useCases -> LocalTotals.perSubscription(useCases, scene.cast().localDirectory(), BridgeChapter.firstHour(scene.hour()),
                                scene.hour()))
                .getOrElseThrow(problem -> new IllegalStateException(StampChapter.problem(problem)))
                .toList()
                .map(local -> io.vavr.Tuple.of(billedTo(local._1._2), local._2))
                .groupBy(entry -> entry._1)
                .mapValues(entries -> entries.map(entry -> entry._2).foldLeft(Quantity.ZERO, Quantity::plus));
        List<SubscriptionId> subscriptions = booked.groups().flatMap(LedgerGroup::billedTo).appendAll(generated.keySet()).distinct()
                .sortBy(SubscriptionId::toString);
        List<Row> rows = subscriptions.map(subscription -> new Row(subscription,
                booked.groups().find(group -> group.billedTo().contains(subscription)),
                generated.get(subscription).getOrElse(Quantity.ZERO)));
        table(rows);
        boolean agree = rows.forAll(Row::agrees);
        scene.teller().step(agree, scene.teller().out().text().format("demo.expected.bill"),
                rows.filter(row -> !row.agrees()).map(row -> row.subscription().toString()).mkString(", "),
                agree ? "demo.bill.agrees" : "demo.bill.differs", booked.records(), booked.quantity().amount().toPlainString(), rows.size());
    }

    private SubscriptionId billedTo(io.stackbridge.domain.id.TenantId owner) {
        return scene.cast().customers().find(customer -> customer.tenantId().equals(owner)).map(Customer::subscriptionId)
                .getOrElse(scene.cast().registrationSubscription());
    }

    private void table(List<Row> rows) {
        var text = scene.teller().out().text();
        TextTable table = TextTable.of(List.of("subscription", "payer", "records", "booked", "generated", "check")
                        .map(column -> text.format("demo.bill.column." + column)))
                .rows(rows.map(row -> List.of(row.subscription().toString(), payer(row.subscription()), String.valueOf(row.records()),
                        row.booked().amount().toPlainString(), row.generated().amount().toPlainString(), scene.teller().out().mark(row.agrees()))))
                .alignRight(2).alignRight(3).alignRight(4);
        table.lines().forEach(line -> scene.teller().out().show("    " + line));
    }

    private String payer(SubscriptionId subscription) {
        return scene.cast().customers().find(customer -> customer.subscriptionId().equals(subscription)).map(Customer::name)
                .getOrElse(() -> scene.teller().out().text().format("demo.bill.default"));
    }

    private record Row(SubscriptionId subscription, Option<LedgerGroup> group, Quantity generated) {
        long records() {
            return group.map(LedgerGroup::records).getOrElse(0L);
        }

        Quantity booked() {
            return group.map(LedgerGroup::quantity).getOrElse(Quantity.ZERO);
        }

        boolean agrees() {
            return booked().compareTo(generated) == 0;
        }
    }
}
