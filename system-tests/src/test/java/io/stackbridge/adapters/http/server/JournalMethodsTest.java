package io.stackbridge.adapters.http.server;

import io.stackbridge.adapters.http.server.pipeline.Route;
import io.stackbridge.adapters.http.server.portal.JournalMethods;
import io.stackbridge.adapters.http.server.support.TestServer;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.junit.FakeAzure;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Field;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The method the portal's journal shows for each operation is the one the emulator serves it with. */
class JournalMethodsTest {

    @Test
    void every_served_operation_has_the_method_of_its_route(@TempDir Path state) throws ReflectiveOperationException {
        EmulatorServer server = TestServer.over(FakeAzure.start(), EmulatorConfig.inStateDirectory(state));
        Field field = EmulatorServer.class.getDeclaredField("routes");
        field.setAccessible(true);
        List<Route> served = ((EmulatorRoutes) field.get(server)).served();

        assertThat(served).isNotEmpty();
        for (Route route : served) {
            assertThat(JournalMethods.of(route.operation())).as(route.operation() + " " + route.path()).contains(route.method().name());
        }
        List<Operation> unserved = List.of(Operation.values()).removeAll(served.map(Route::operation));
        assertThat(unserved.filter(operation -> JournalMethods.of(operation).isDefined()))
                .as("operations no route serves (local usage APIs are added with a stamp)")
                .containsOnly(Operation.SubscriberUsageAggregates_List, Operation.UsageAggregates_List);
        assertThat(JournalMethods.of(Operation.MetadataResolver_Lookup)).isEmpty();
    }
}
