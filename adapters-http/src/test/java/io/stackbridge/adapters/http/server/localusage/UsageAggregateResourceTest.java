package io.stackbridge.adapters.http.server.localusage;

import io.stackbridge.adapters.http.wire.WireJson;
import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.localusage.InstanceData;
import io.stackbridge.domain.localusage.UsageAggregate;
import io.stackbridge.domain.localusage.UsageApi;
import io.stackbridge.domain.usage.Quantity;
import io.vavr.collection.LinkedHashMap;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class UsageAggregateResourceTest {

    private static final SubscriptionId SUB = SubscriptionId.of("c0c0c0c0-0005-4000-8000-000000000001");
    private static final MeterId METER = MeterId.of("F271A8A388C44D93956A063E1D2FA80B");

    private static UsageAggregate aggregate(InstanceData data) {
        return new UsageAggregate(SUB, METER, Instant.parse("2015-03-03T00:00:00Z"), Instant.parse("2015-03-04T00:00:00Z"),
                Quantity.of("2.4000000000"), data);
    }

    @Test
    void an_aggregate_is_written_exactly_as_the_documented_example() {
        UsageAggregate aggregate = aggregate(new InstanceData("resourceUri1", "Alaska", LinkedHashMap.empty(), LinkedHashMap.empty()));

        String json = WireJson.write(UsageAggregateResource.from(aggregate, UsageApi.PROVIDER));

        assertThat(json).isEqualTo("{\"id\":\"/subscriptions/" + SUB + "/providers/Microsoft.Commerce.Admin/UsageAggregate/" + SUB + "-" + METER
                + "\",\"name\":\"" + SUB + "-" + METER + "\",\"type\":\"Microsoft.Commerce.Admin/UsageAggregate\",\"properties\":{"
                + "\"subscriptionId\":\"" + SUB + "\",\"usageStartTime\":\"2015-03-03T00:00:00+00:00\",\"usageEndTime\":\"2015-03-04T00:00:00+00:00\","
                + "\"instanceData\":\"{\\\"Microsoft.Resources\\\":{\\\"resourceUri\\\":\\\"resourceUri1\\\",\\\"location\\\":\\\"Alaska\\\","
                + "\\\"tags\\\":null,\\\"additionalInfo\\\":null}}\",\"quantity\":2.4000000000,\"meterId\":\"" + METER + "\"}}");
    }

    @Test
    void tags_and_additional_information_are_objects_inside_the_string_when_present() {
        InstanceData data = new InstanceData("/subscriptions/x/vm", "local", LinkedHashMap.of("environment", "test"),
                LinkedHashMap.of("ImageType", "WindowsServer", "VCPUs", "2"));

        assertThat(InstanceDataJson.of(data)).isEqualTo("{\"Microsoft.Resources\":{\"resourceUri\":\"/subscriptions/x/vm\",\"location\":\"local\","
                + "\"tags\":{\"environment\":\"test\"},\"additionalInfo\":{\"ImageType\":\"WindowsServer\",\"VCPUs\":\"2\"}}}");
    }

    @Test
    void the_tenant_api_uses_its_own_namespace() {
        UsageAggregateResource resource = UsageAggregateResource.from(aggregate(new InstanceData("r", "l", LinkedHashMap.empty(),
                LinkedHashMap.empty())), UsageApi.TENANT);

        assertThat(resource.type()).isEqualTo("Microsoft.Commerce/UsageAggregate");
        assertThat(resource.id()).isEqualTo("/subscriptions/" + SUB + "/providers/Microsoft.Commerce/UsageAggregate/" + SUB + "-" + METER);
    }
}
