package io.stackbridge.domain.localusage.workload;

import io.stackbridge.domain.usage.Quantity;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedResourcesTest {

    private static final String URI = "/subscriptions/c0c0c0c0-0005-4000-8000-000000000001/resourceGroups/rg/providers/";

    @Test
    void a_windows_vm_emits_its_cores_on_base_and_windows_size_hours_and_one_vm_hour() {
        VirtualMachine vm = new VirtualMachine(URI + "Microsoft.Compute/virtualMachines/vm", "Standard_D3_v2", 4, true, 0, LinkedHashMap.empty());

        List<Emission> hour = vm.hour(new SplittableRandom(1));

        assertThat(hour).containsExactly(Emission.count(SimulatedMeters.BASE_VM_SIZE_HOURS, 4), Emission.count(SimulatedMeters.VM_SIZE_HOURS, 1),
                Emission.count(SimulatedMeters.WINDOWS_VM_SIZE_HOURS, 4));
    }

    @Test
    void a_linux_vm_emits_no_windows_hours_and_a_deallocated_vm_nothing() {
        VirtualMachine linux = new VirtualMachine(URI + "Microsoft.Compute/virtualMachines/vm", "Standard_A1_v2", 1, false, 0, LinkedHashMap.empty());
        VirtualMachine deallocated = new VirtualMachine(URI + "Microsoft.Compute/virtualMachines/vm", "Standard_A1_v2", 1, false, 1,
                LinkedHashMap.empty());

        assertThat(linux.hour(new SplittableRandom(1)).map(Emission::meterId)).doesNotContain(SimulatedMeters.WINDOWS_VM_SIZE_HOURS);
        assertThat(deallocated.hour(new SplittableRandom(1))).isEmpty();
    }

    @Test
    void a_premium_disk_emits_an_hours_share_of_a_disk_month_and_of_its_used_gigabyte_months() {
        ManagedDisk disk = new ManagedDisk(URI + "Microsoft.Compute/disks/d", "P20", 365, LinkedHashMap.empty());

        List<Emission> hour = disk.hour(new SplittableRandom(1));

        assertThat(hour).containsExactly(new Emission(SimulatedMeters.of("P20"), Quantity.of("0.0013698630")),
                new Emission(SimulatedMeters.ACTUAL_PREMIUM_DISK_SIZE, Quantity.of("0.5")));
    }

    @Test
    void an_app_service_plan_bills_cores_times_instances_on_the_app_service_meter() {
        AppServicePlan plan = new AppServicePlan(URI + "Microsoft.Web/serverFarms/p", "Medium", 3, LinkedHashMap.empty());

        assertThat(plan.hour(new SplittableRandom(1))).containsExactly(
                Emission.count(SimulatedMeters.of("Medium Standard App Service Hours"), 3), Emission.count(SimulatedMeters.APP_SERVICE, 6));
    }

    @Test
    void storage_capacity_stays_within_five_percent_of_the_stored_gigabytes() {
        StorageAccount account = new StorageAccount(URI + "Microsoft.Storage/storageAccounts/st", 200, 0, LinkedHashMap.empty());

        List<Emission> hour = account.hour(new SplittableRandom(9));

        assertThat(hour.find(emission -> emission.meterId().equals(SimulatedMeters.BLOCK_BLOB_CAPACITY)).get().quantity().amount().doubleValue())
                .isBetween(190.0, 210.0);
        assertThat(hour.map(Emission::meterId)).doesNotContain(SimulatedMeters.PAGE_BLOB_CAPACITY);
    }

    @Test
    void ips_and_databases_emit_one_address_and_their_size() {
        assertThat(new PublicIp(URI + "ip", true, LinkedHashMap.empty()).hour(new SplittableRandom(1)))
                .containsExactly(Emission.count(SimulatedMeters.STATIC_IP, 1));
        assertThat(new Database(URI + "db", true, 1024, LinkedHashMap.empty()).hour(new SplittableRandom(1)))
                .containsExactly(Emission.count(SimulatedMeters.MYSQL_DATABASE_SIZE, 1024));
    }
}
