package io.stackbridge.benchmarks;

import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.usage.SqliteLocalUsageStore;
import io.stackbridge.adapters.stamp.usage.DefaultLocalDirectory;
import io.stackbridge.adapters.stamp.usage.InMemoryLocalSubscriptionDirectory;
import io.stackbridge.application.service.localusage.QueryProviderUsageService;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.UsageQueryText;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

/**
 * The provider usage API's first page as a running stamp answers it: {@code subscriberUsageAggregates}
 * for the default provider subscription over [from, to), daily, through the use case over the stamp's
 * SQLite usage store in {@code DIR/stamp.db} (the database a {@code usage simulate} filled). Five
 * unmeasured queries first, then {@code rounds} measured ones; writes to RESULT
 * {@code aggregates=N medianMs=M coldMs=C}, C being the very first query of the process.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.stackbridge.benchmarks.ProviderUsageFirstPage RESULT DIR FROM TO [rounds]}
 */
public final class ProviderUsageFirstPage {

    private static final int WARM_UP = 5;

    private ProviderUsageFirstPage() {
    }

    public static void main(String[] args) {
        Path result = Path.of(args[0]);
        Path stampDb = Path.of(args[1]).resolve("stamp.db");
        UsageQueryText query = UsageQueryText.of(DefaultLocalDirectory.PROVIDER.value(), args[2], args[3]);
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        SqliteDatabase database = SqliteDatabase.open(stampDb);
        QueryProviderUsageService api = new QueryProviderUsageService(
                new InMemoryLocalSubscriptionDirectory(DefaultLocalDirectory.directory()),
                new SqliteLocalUsageStore(database), Instant::now);
        double cold = timedMs(api, query);
        for (int i = 1; i < WARM_UP; i++) {
            timedMs(api, query);
        }
        double[] measured = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            measured[i] = timedMs(api, query);
        }
        Arrays.sort(measured);
        int aggregates = page(api, query).aggregates().size();
        ResultLine.write(result, "aggregates=%d medianMs=%.1f coldMs=%.1f", aggregates, measured[rounds / 2], cold);
    }

    private static double timedMs(QueryProviderUsageService api, UsageQueryText query) {
        long start = System.nanoTime();
        page(api, query);
        return (System.nanoTime() - start) / 1e6;
    }

    private static AggregatePage page(QueryProviderUsageService api, UsageQueryText query) {
        return api.subscriberUsageAggregates(query)
                .getOrElseThrow(error -> new IllegalStateException("the query was refused: " + error.code()));
    }
}
