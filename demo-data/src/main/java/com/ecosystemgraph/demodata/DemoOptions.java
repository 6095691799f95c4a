package com.ecosystemgraph.demodata;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Settings of the demo ecosystem generator.
 *
 * <p>The sizes are the counts at scale 1; {@link #scale()} multiplies all of them (so scale 10 is a
 * 3,000-partner ecosystem). The snapshot date is fixed, never "today": the same options always give
 * byte-identical files.
 *
 * @param seed         seed of every random draw
 * @param scale        multiplies every count below (must be positive)
 * @param partners     signed partners at scale 1 (active and a few churned)
 * @param prospects    prospective partners at scale 1 (status {@code prospect}, no outcomes)
 * @param customers    customer accounts at scale 1
 * @param deals        deals at scale 1 (all sources, all outcomes)
 * @param years        years of deal history before the snapshot date
 * @param snapshotDate the "as of" date: nothing in the data is dated after it
 */
public record DemoOptions(
        long seed,
        double scale,
        int partners,
        int prospects,
        int customers,
        int deals,
        int years,
        LocalDate snapshotDate) {

    public static final long DEFAULT_SEED = 42L;
    public static final LocalDate DEFAULT_SNAPSHOT = LocalDate.of(2026, 9, 30);

    /** The largest scale the generator accepts (12 million deals at the default sizes). */
    public static final double MAX_SCALE = 1_000;

    /** Fewest deals per signed partner: below it the partners' planted revenue does not fit the deal budget. */
    public static final int MIN_DEALS_PER_PARTNER = 25;

    public DemoOptions {
        Objects.requireNonNull(snapshotDate, "snapshotDate must not be null");
        if (!(scale > 0) || Double.isInfinite(scale) || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be a positive number of at most " + MAX_SCALE + ", was " + scale);
        }
        if (years < 1 || years > 10) {
            throw new IllegalArgumentException("years of deal history must be between 1 and 10, was " + years);
        }
        if (prospects < 0) {
            throw new IllegalArgumentException("prospects must not be negative, was " + prospects);
        }
        if (snapshotDate.getYear() < 2000 || snapshotDate.getYear() > 2200) {
            throw new IllegalArgumentException("snapshotDate must be between the years 2000 and 2200, was " + snapshotDate);
        }
        requireAtLeast("partners", scaled(partners, scale), 20);
        if (scaled(deals, scale) + scaled(customers, scale) > 50_000_000L) {
            throw new IllegalArgumentException("deals and customers times scale must stay below 50 million, was "
                    + (scaled(deals, scale) + scaled(customers, scale)));
        }
        requireAtLeast("customers", scaled(customers, scale), 100);
        requireAtLeast("deals", scaled(deals, scale), 500);
        if ((long) customers < 2L * partners) {
            throw new IllegalArgumentException("customers (" + customers + ") must be at least twice the partners ("
                    + partners + "): partners need accounts to serve");
        }
        if ((long) deals < (long) MIN_DEALS_PER_PARTNER * partners) {
            throw new IllegalArgumentException("deals (" + deals + ") must be at least " + MIN_DEALS_PER_PARTNER
                    + " per signed partner (" + partners + "), or the partners' revenue does not fit the deal budget");
        }
    }

    private static void requireAtLeast(String name, long scaledValue, int minimum) {
        if (scaledValue < minimum) {
            throw new IllegalArgumentException(name + " times scale must be at least " + minimum + ", was " + scaledValue);
        }
    }

    private static long scaled(int count, double scale) {
        return StrictMath.round(count * scale);
    }

    /** 300 partners, 100 prospects, 2,000 customers, 12,000 deals over 3 years, seed 42, snapshot 2026-09-30. */
    public static DemoOptions defaults() {
        return new DemoOptions(DEFAULT_SEED, 1.0, 300, 100, 2_000, 12_000, 3, DEFAULT_SNAPSHOT);
    }

    public DemoOptions withScale(double newScale) {
        return new DemoOptions(seed, newScale, partners, prospects, customers, deals, years, snapshotDate);
    }

    public DemoOptions withSeed(long newSeed) {
        return new DemoOptions(newSeed, scale, partners, prospects, customers, deals, years, snapshotDate);
    }

    public DemoOptions withSnapshotDate(LocalDate newSnapshotDate) {
        return new DemoOptions(seed, scale, partners, prospects, customers, deals, years, newSnapshotDate);
    }

    /** Signed partners after scaling. */
    public int partnerCount() {
        return (int) scaled(partners, scale);
    }

    /** Prospects after scaling. */
    public int prospectCount() {
        return (int) scaled(prospects, scale);
    }

    /** Customers after scaling. */
    public int customerCount() {
        return (int) scaled(customers, scale);
    }

    /** Deals after scaling. */
    public int dealCount() {
        return (int) scaled(deals, scale);
    }

    /** First day of the deal history: {@code years} before the snapshot. */
    public LocalDate historyStart() {
        return snapshotDate.minusYears(years);
    }
}
