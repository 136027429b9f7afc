package io.stackbridge.domain.meter;

import io.stackbridge.domain.id.MeterId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The meters a stamp reports usage against, read from {@code meters.tsv}. Lookups accept a meter
 * ID in any case, with or without dashes.
 */
public final class MeterCatalog {

    private static final String RESOURCE = "meters.tsv";
    private static final MeterCatalog STANDARD = load();

    private final LinkedHashMap<MeterId, Meter> meters;

    private MeterCatalog(LinkedHashMap<MeterId, Meter> meters) {
        this.meters = meters;
    }

    /** The published Azure Stack Hub meters. */
    public static MeterCatalog standard() {
        return STANDARD;
    }

    public Option<Meter> find(MeterId id) {
        return meters.get(id);
    }

    /** Finds a meter from text; malformed or unknown IDs give nothing. */
    public Option<Meter> find(String id) {
        return MeterId.parse(id).toOption().flatMap(this::find);
    }

    public List<Meter> all() {
        return meters.values().toList();
    }

    public List<Meter> active() {
        return all().filter(meter -> !meter.deprecated());
    }

    public int size() {
        return meters.size();
    }

    private static MeterCatalog load() {
        try (InputStream in = MeterCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            LinkedHashMap<MeterId, Meter> meters = LinkedHashMap.empty();
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Meter meter = parse(line, lineNumber);
                if (meters.containsKey(meter.id())) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": duplicate meter " + meter.id());
                }
                meters = meters.put(meter.id(), meter);
            }
            return new MeterCatalog(meters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Meter parse(String line, int lineNumber) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 5 || !(cells[4].equals("active") || cells[4].equals("deprecated"))) {
            throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": expected area, id, name, unit, active|deprecated");
        }
        MeterId id = MeterId.parse(cells[1]).getOrElseThrow(
                () -> new IllegalStateException(RESOURCE + ":" + lineNumber + ": bad meter id " + cells[1]));
        return new Meter(id, cells[2], cells[3], cells[0], cells[4].equals("deprecated"));
    }
}
