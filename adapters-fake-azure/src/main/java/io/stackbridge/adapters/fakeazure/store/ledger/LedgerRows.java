package io.stackbridge.adapters.fakeazure.store.ledger;

import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.stackbridge.domain.usage.UsageWindow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every record of every accepted batch, one row each, stored column by column in primitive arrays:
 * the numbers of its shared parts (shape, and for a booked row its booking and payer), its hour,
 * its quantity as unscaled value and scale, its reported time. About 40 bytes a row, where the
 * record objects cost over a kilobyte. A row comes back as an equal record (same texts as written,
 * same decimal scale). Not thread-safe: the ledger guards it.
 */
final class LedgerRows {

    private static final int INITIAL_ROWS = 1 << 10;
    private static final long SECONDS_PER_HOUR = 3600;
    /** The scale of a quantity kept in {@link #largeQuantities}, whose value or scale does not fit the columns. */
    private static final byte LARGE = Byte.MIN_VALUE;

    private final Interned<RecordShape> shapes = new Interned<>(RecordShape::spelling);
    private final Interned<KeySeries> series = Interned.byEquality();
    private final Interned<Booking> bookings = new Interned<>(Booking::spelling);
    private final Interned<SubscriptionId> payers = new Interned<>(SubscriptionId::value);
    private final Map<Integer, BigDecimal> largeQuantities = new HashMap<>();

    private Booking lastBooking;
    private int lastBookingNumber;
    private SubscriptionId lastPayer;
    private int lastPayerNumber;

    private int size;
    private int[] shape = new int[INITIAL_ROWS];
    private int[] hour = new int[INITIAL_ROWS];
    private long[] unscaled = new long[INITIAL_ROWS];
    private byte[] scale = new byte[INITIAL_ROWS];
    private long[] reportedSecond = new long[INITIAL_ROWS];
    private int[] reportedNano = new int[INITIAL_ROWS];
    /** 0 for a record its batch carried but did not book (an earlier batch had). */
    private int[] booking = new int[INITIAL_ROWS];
    private int[] payer = new int[INITIAL_ROWS];

    int size() {
        return size;
    }

    /** Appends a row for {@code record}, booked when {@code entry} is given; its index. */
    int append(UsageRecord record, LedgerEntry entry) {
        if (size == shape.length) {
            grow();
        }
        int row = size++;
        shape[row] = shapes.number(RecordShape.of(record));
        hour[row] = hourOf(record.window());
        BigDecimal amount = record.quantity().amount();
        if (amount.scale() > LARGE && amount.scale() <= Byte.MAX_VALUE && amount.unscaledValue().bitLength() < Long.SIZE) {
            unscaled[row] = amount.unscaledValue().longValueExact();
            scale[row] = (byte) amount.scale();
        } else {
            scale[row] = LARGE;
            largeQuantities.put(row, amount);
        }
        reportedSecond[row] = record.reportedAt().getEpochSecond();
        reportedNano[row] = record.reportedAt().getNano();
        booking[row] = entry == null ? 0 : bookingNumber(entry);
        payer[row] = entry == null ? 0 : payerNumber(entry.billedTo());
        return row;
    }

    /** The entries of a batch share their booking's very objects: the last one's number is reused without spelling it. */
    private int bookingNumber(LedgerEntry entry) {
        if (lastBooking == null || entry.batchId() != lastBooking.batchId() || entry.registration() != lastBooking.registration()
                || entry.receivedAt() != lastBooking.receivedAt()) {
            lastBooking = Booking.of(entry);
            lastBookingNumber = bookings.number(lastBooking);
        }
        return lastBookingNumber;
    }

    /** Most entries of a batch are billed to the same subscription object: the last one's number is reused. */
    private int payerNumber(SubscriptionId billedTo) {
        if (billedTo != lastPayer) {
            lastPayer = billedTo;
            lastPayerNumber = payers.number(billedTo);
        }
        return lastPayerNumber;
    }

    /** The key of a record, packed into one long that is never zero: its series' number, then its hour. */
    long packedKey(UsageRecordKey key) {
        return pack(series.number(KeySeries.of(key)), hourOf(key.window()));
    }

    /** The packed key of a record if its series was ever seen, else 0 (no booked key is 0). */
    long knownPackedKey(UsageRecordKey key) {
        int number = series.find(KeySeries.of(key));
        return number == 0 ? 0 : pack(number, hourOf(key.window()));
    }

    boolean booked(int row) {
        return booking[row] != 0;
    }

    UsageRecord record(int row) {
        RecordShape parts = shapes.value(shape[row]);
        BigDecimal amount = scale[row] == LARGE ? largeQuantities.get(row) : BigDecimal.valueOf(unscaled[row], scale[row]);
        return new UsageRecord(parts.subscriptionId(), parts.tenantId(), parts.meterId(), new Quantity(amount),
                UsageWindow.startingAt(Instant.ofEpochSecond(hour[row] * SECONDS_PER_HOUR)), parts.resourceUri(), parts.location(),
                parts.tags(), parts.additionalInfo(), Instant.ofEpochSecond(reportedSecond[row], reportedNano[row]));
    }

    /** The entry a booked row stands for. */
    LedgerEntry entry(int row) {
        Booking made = bookings.value(booking[row]);
        return new LedgerEntry(made.batchId(), made.registration(), payers.value(payer[row]), record(row), made.receivedAt());
    }

    void clear() {
        shapes.clear();
        series.clear();
        bookings.clear();
        payers.clear();
        largeQuantities.clear();
        lastBooking = null;
        lastPayer = null;
        size = 0;
        shape = new int[INITIAL_ROWS];
        hour = new int[INITIAL_ROWS];
        unscaled = new long[INITIAL_ROWS];
        scale = new byte[INITIAL_ROWS];
        reportedSecond = new long[INITIAL_ROWS];
        reportedNano = new int[INITIAL_ROWS];
        booking = new int[INITIAL_ROWS];
        payer = new int[INITIAL_ROWS];
    }

    private void grow() {
        int capacity = shape.length + (shape.length >> 1);
        shape = Arrays.copyOf(shape, capacity);
        hour = Arrays.copyOf(hour, capacity);
        unscaled = Arrays.copyOf(unscaled, capacity);
        scale = Arrays.copyOf(scale, capacity);
        reportedSecond = Arrays.copyOf(reportedSecond, capacity);
        reportedNano = Arrays.copyOf(reportedNano, capacity);
        booking = Arrays.copyOf(booking, capacity);
        payer = Arrays.copyOf(payer, capacity);
    }

    /** Hours since the epoch: a usage window starts on the hour, so nothing is lost. */
    private static int hourOf(UsageWindow window) {
        return Math.toIntExact(Math.floorDiv(window.start().getEpochSecond(), SECONDS_PER_HOUR));
    }

    private static long pack(int seriesNumber, int hourNumber) {
        return ((long) seriesNumber << Integer.SIZE) | (hourNumber & 0xFFFF_FFFFL);
    }
}
