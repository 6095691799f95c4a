package com.ecosystemgraph.demodata;

import java.util.Arrays;

/**
 * All deals and deal-partner rows as parallel primitive arrays: a million deals take a few tens
 * of megabytes this way, where objects would take several times that.
 */
final class DealStore {
    static final int NONE = Integer.MIN_VALUE;

    static final byte WON = 0;
    static final byte LOST = 1;
    static final byte OPEN = 2;
    static final String[] OUTCOMES = {"won", "lost", "open"};

    static final byte DIRECT = 0;
    static final byte PARTNER_SOURCED = 1;
    static final byte PARTNER_INFLUENCED = 2;
    static final byte CO_SOLD = 3;
    static final String[] SOURCES = {"direct", "partner_sourced", "partner_influenced", "co_sold"};

    static final byte SOURCED = 0;
    static final byte INFLUENCED = 1;
    static final byte CO_SELLER = 2;
    static final String[] ROLES = {"sourced", "influenced", "co_sold"};

    static final byte BEFORE_CONTACT = 0;
    static final byte AFTER_FIRST_MEETING = 1;
    static final byte LATE_STAGE = 2;
    static final byte UNREGISTERED = 3;
    static final String[] REGISTRATION_STAGES = {"before_contact", "after_first_meeting", "late_stage", "unregistered"};
    /** Deal registration commission per stage (seed 003). */
    static final double[] REGISTRATION_COMMISSION = {0.25, 0.20, 0.15, 0.10};

    int size;
    int[] customer;
    long[] amountCents;
    int[] created;
    int[] closed;
    byte[] outcome;
    byte[] source;
    byte[] openStage;
    int[] firstRow;
    byte[] rowCount;
    /** Planted synergistic pair of the deal, or -1. */
    int[] pair;

    int rows;
    int[] rowDeal;
    int[] rowPartner;
    byte[] rowRole;
    int[] rowRegistered;
    byte[] rowStage;
    double[] rowHours;
    long[] rowEarningsCents;

    DealStore(int expectedDeals) {
        int capacity = Math.max(16, expectedDeals);
        customer = new int[capacity];
        amountCents = new long[capacity];
        created = new int[capacity];
        closed = new int[capacity];
        outcome = new byte[capacity];
        source = new byte[capacity];
        openStage = new byte[capacity];
        firstRow = new int[capacity];
        rowCount = new byte[capacity];
        pair = new int[capacity];
        int rowCapacity = Math.max(16, expectedDeals / 3);
        rowDeal = new int[rowCapacity];
        rowPartner = new int[rowCapacity];
        rowRole = new byte[rowCapacity];
        rowRegistered = new int[rowCapacity];
        rowStage = new byte[rowCapacity];
        rowHours = new double[rowCapacity];
        rowEarningsCents = new long[rowCapacity];
    }

    /** Appends a deal (its partner rows must follow at once through {@link #addRow}). */
    int addDeal(int customerIndex, long amount, int createdDay, int closedDay, byte dealOutcome, byte dealSource) {
        if (size == customer.length) {
            int capacity = size * 2;
            customer = Arrays.copyOf(customer, capacity);
            amountCents = Arrays.copyOf(amountCents, capacity);
            created = Arrays.copyOf(created, capacity);
            closed = Arrays.copyOf(closed, capacity);
            outcome = Arrays.copyOf(outcome, capacity);
            source = Arrays.copyOf(source, capacity);
            openStage = Arrays.copyOf(openStage, capacity);
            firstRow = Arrays.copyOf(firstRow, capacity);
            rowCount = Arrays.copyOf(rowCount, capacity);
            pair = Arrays.copyOf(pair, capacity);
        }
        int d = size++;
        customer[d] = customerIndex;
        amountCents[d] = amount;
        created[d] = createdDay;
        closed[d] = closedDay;
        outcome[d] = dealOutcome;
        source[d] = dealSource;
        firstRow[d] = rows;
        rowCount[d] = 0;
        pair[d] = -1;
        return d;
    }

    void addRow(int deal, int partner, byte role, int registeredDay, byte stage) {
        if (deal != size - 1 || firstRow[deal] + rowCount[deal] != rows) {
            throw new IllegalStateException("deal-partner rows must directly follow their deal");
        }
        if (rows == rowDeal.length) {
            int capacity = rows * 2;
            rowDeal = Arrays.copyOf(rowDeal, capacity);
            rowPartner = Arrays.copyOf(rowPartner, capacity);
            rowRole = Arrays.copyOf(rowRole, capacity);
            rowRegistered = Arrays.copyOf(rowRegistered, capacity);
            rowStage = Arrays.copyOf(rowStage, capacity);
            rowHours = Arrays.copyOf(rowHours, capacity);
            rowEarningsCents = Arrays.copyOf(rowEarningsCents, capacity);
        }
        int r = rows++;
        rowDeal[r] = deal;
        rowPartner[r] = partner;
        rowRole[r] = role;
        rowRegistered[r] = registeredDay;
        rowStage[r] = stage;
        rowCount[deal]++;
    }
}
