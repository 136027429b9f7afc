package io.stackbridge.domain.localusage.workload;

import io.stackbridge.domain.localusage.LocalSubscription;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;

import java.util.SplittableRandom;

/**
 * Decides, from the seed and each subscription's ID alone, what every tenant runs. Per stack: one
 * to three VMs (1–8 vCores, about 60% Windows), each with an OS disk, perhaps a data disk and a
 * dynamic IP; a static front-end IP; a storage account; an App Service plan (60%) and a SQL Server
 * or MySQL database (70%). Three stacks in four carry environment and cost-centre tags.
 */
final class WorkloadPlanner {

    private static final List<Tuple2<String, Integer>> VM_SIZES = List.of(Tuple.of("Standard_A1_v2", 1), Tuple.of("Standard_A2_v2", 2),
            Tuple.of("Standard_D2_v2", 2), Tuple.of("Standard_D3_v2", 4), Tuple.of("Standard_D4_v2", 8));
    private static final List<Tuple2<String, Integer>> DATA_TIERS = List.of(Tuple.of("15", 256), Tuple.of("20", 512), Tuple.of("30", 1024));
    private static final List<Integer> DATABASE_MB = List.of(100, 512, 1024, 5120, 10240);

    private WorkloadPlanner() {
    }

    static TenantWorkload plan(long seed, LocalSubscription tenant, int stacks) {
        SplittableRandom random = new SplittableRandom(Seeds.mix(seed, tenant.id().guid().key()));
        String base = "/subscriptions/" + tenant.id().value() + "/resourceGroups/";
        List<SimulatedResource> resources = List.empty();
        for (int stack = 1; stack <= stacks; stack++) {
            resources = resources.appendAll(stack(random, base + "rg-app" + stack + "/providers/", stack));
        }
        return new TenantWorkload(tenant, resources);
    }

    private static List<SimulatedResource> stack(SplittableRandom random, String providers, int stack) {
        Map<String, String> tags = random.nextInt(4) == 0 ? LinkedHashMap.empty()
                : LinkedHashMap.of("environment", random.nextBoolean() ? "production" : "test", "costCenter",
                "CC-" + (1000 + random.nextInt(9000)));
        List<SimulatedResource> resources = List.empty();
        int vms = 1 + random.nextInt(3);
        for (int vm = 1; vm <= vms; vm++) {
            resources = resources.appendAll(virtualMachine(random, providers, "vm-" + stack + "-" + vm, tags));
        }
        resources = resources.append(new PublicIp(providers + "Microsoft.Network/publicIPAddresses/pip-frontend-" + stack, true, tags));
        resources = resources.append(new StorageAccount(providers + "Microsoft.Storage/storageAccounts/st" + stack
                + Integer.toHexString(random.nextInt(0x10000)), 10 + random.nextInt(491), random.nextBoolean() ? 0 : 20 + random.nextInt(181), tags));
        if (random.nextDouble() < 0.6) {
            resources = resources.append(new AppServicePlan(providers + "Microsoft.Web/serverFarms/plan-" + stack,
                    AppServicePlan.sizes().get(random.nextInt(3)), 1 + random.nextInt(3), tags));
        }
        if (random.nextDouble() < 0.7) {
            boolean mySql = random.nextBoolean();
            resources = resources.append(new Database(providers + (mySql ? "Microsoft.MySQLAdapter" : "Microsoft.SQLAdapter")
                    + "/databases/db-" + stack, mySql, DATABASE_MB.get(random.nextInt(DATABASE_MB.size())), tags));
        }
        return resources;
    }

    private static List<SimulatedResource> virtualMachine(SplittableRandom random, String providers, String name, Map<String, String> tags) {
        Tuple2<String, Integer> size = VM_SIZES.get(random.nextInt(VM_SIZES.size()));
        boolean premium = size._1.contains("_D");
        String tier = premium ? "P" : "S";
        List<SimulatedResource> resources = List.of(
                new VirtualMachine(providers + "Microsoft.Compute/virtualMachines/" + name, size._1, size._2, random.nextDouble() < 0.6,
                        random.nextBoolean() ? 0.05 : 0.0, tags),
                new ManagedDisk(providers + "Microsoft.Compute/disks/" + name + "-osdisk", tier + "10", 30 + random.nextInt(99), tags));
        if (random.nextBoolean()) {
            Tuple2<String, Integer> data = DATA_TIERS.get(random.nextInt(DATA_TIERS.size()));
            resources = resources.append(new ManagedDisk(providers + "Microsoft.Compute/disks/" + name + "-data", tier + data._1,
                    1 + random.nextInt(data._2), tags));
        }
        if (random.nextBoolean()) {
            resources = resources.append(new PublicIp(providers + "Microsoft.Network/publicIPAddresses/" + name + "-ip", false, tags));
        }
        return resources;
    }
}
