package com.ecosystemgraph.demodata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Builder stage that writes the partner investments (MDF, training, sales incentives, engineering hours) from tier
 * budgets and credited revenue, with the planted diluted partners and super-connectors on top.
 */
final class Investments {

    private final EcosystemBuilder b;

    Investments(EcosystemBuilder builder) {
        this.b = builder;
    }

    private static final double[] TIER_BUDGET = {4_000, 15_000, 45_000, 120_000};
    private static final double[] KIND_SHARE = {0.35, 0.20, 0.25, 0.20};
    /**
     * Ordinary partners' investment over the history is at most this share of their credited
     * revenue plus {@link #INVESTMENT_FLOOR}: outside the planted diluted partners and the
     * super-connectors, support follows outcomes, so every partner in the top investment quartile
     * returns more than it absorbs.
     */
    static final double INVESTMENT_CAP_SHARE = 0.6;
    static final double INVESTMENT_FLOOR = 8_000;
    /** Super-connectors absorb this multiple (drawn between the two) of their own credited revenue. */
    static final double[] CONNECTOR_INVESTMENT = {1.3, 1.8};

    void createInvestments() {
        Rng rng = Rng.stream(b.seed, "investments");
        double[] totals = new double[b.signedCount];
        double[][] budgets = new double[b.signedCount][b.windows];
        ordinaryBudgets(rng, budgets, totals);
        plantedBudgets(rng, budgets, totals);
        List<long[]> rows = investmentRows(rng, budgets);
        rows.sort(Comparator.<long[]>comparingLong(r -> r[0]).thenComparingLong(r -> r[1]).thenComparingLong(r -> r[2])
                .thenComparingLong(r -> r[3]));
        for (long[] r : rows) {
            b.investmentDay.add((int) r[0]);
            b.investmentPartner.add((int) r[1]);
            b.investmentKind.add((int) r[2]);
            b.investmentAmountAndHours.add(new long[]{r[3], r[4]});
        }
    }

    /** Each partner's budget per window from its tier and credited revenue, capped for ordinary partners. */
    private void ordinaryBudgets(Rng rng, double[][] budgets, double[] totals) {
        for (int i = 0; i < b.signedCount; i++) {
            DemoPartner p = b.partners[i];
            for (int w = 0; w < b.windows; w++) {
                double fraction = b.activeFraction(p, w);
                if (fraction <= 0) {
                    continue;
                }
                double budget = TIER_BUDGET[p.tier] * rng.logNormal(1, 0.35) * fraction
                        + 0.04 * p.creditedCents[w] / 100.0;
                budgets[i][w] = budget;
                totals[i] += budget;
            }
            double cap = INVESTMENT_CAP_SHARE * EcosystemBuilder.credited(p) + INVESTMENT_FLOOR;
            if (!p.diluted && !p.superConnector && totals[i] > cap) {
                for (int w = 0; w < b.windows; w++) {
                    budgets[i][w] *= cap / totals[i];
                }
                totals[i] = cap;
            }
        }
    }

    /** The planted diluted partners' and super-connectors' budgets, above the ordinary partners' top decile. */
    private void plantedBudgets(Rng rng, double[][] budgets, double[] totals) {
        // diluted partners: top-quartile support, near-zero outcomes. "Top quartile" is judged among
        // partners with 12 months' tenure (as the analytics do), who have had more time to absorb support
        double[] others = new double[b.signedCount];
        int k = 0;
        for (int i = 0; i < b.signedCount; i++) {
            DemoPartner p = b.partners[i];
            if (!p.diluted && !p.superConnector && p.signedDay <= b.labelCutoffDay) {
                others[k++] = totals[i];
            }
        }
        others = Arrays.copyOf(others, k);
        Arrays.sort(others);
        double high = others.length == 0 ? 100_000 : others[(int) Math.min(others.length - 1, StrictMath.floor(0.9 * others.length))];
        for (int i : b.diluted) {
            spread(budgets[i], b.partners[i], high * rng.uniform(1.15, 1.7));
        }
        // super-connectors: heavy support that their own deals do not repay; their referees' do
        Rng connectors = Rng.stream(b.seed, "connector-investments");
        for (int i : b.superConnectors) {
            DemoPartner p = b.partners[i];
            double total = Math.max(1.2 * high,
                    EcosystemBuilder.credited(p) * connectors.uniform(CONNECTOR_INVESTMENT[0], CONNECTOR_INVESTMENT[1]));
            spread(budgets[i], p, total);
            b.connectorInvestment.put(i, total);
        }
    }

    /** Investment rows (day, partner, kind, cents, tenths of hours or -1) that spend each window's budget. */
    private List<long[]> investmentRows(Rng rng, double[][] budgets) {
        List<long[]> rows = new ArrayList<>();
        for (int i = 0; i < b.signedCount; i++) {
            DemoPartner p = b.partners[i];
            for (int w = 0; w < b.windows; w++) {
                double budget = budgets[i][w];
                if (budget < 200) {
                    continue;
                }
                int from = Math.max(b.windowStart[w] + 1, p.signedDay);
                int to = Math.min(b.windowEnd[w], p.lastActiveDay(b.snapshotDay));
                if (to < from) {
                    continue;
                }
                for (int kind = 0; kind < KIND_SHARE.length; kind++) {
                    double amount = budget * KIND_SHARE[kind] * rng.uniform(0.7, 1.3);
                    if (amount < 100) {
                        continue;
                    }
                    int pieces = 1 + (amount > 20_000 ? 1 : 0) + (amount > 60_000 ? 1 : 0);
                    for (int piece = 0; piece < pieces; piece++) {
                        long cents = StrictMath.round(amount / pieces * rng.uniform(0.8, 1.2) * 100);
                        long hoursTenths = kind == 3 ? StrictMath.round(cents / 100.0 / rng.uniform(85, 120) * 10) : -1;
                        rows.add(new long[]{rng.between(from, to), i, kind, cents, hoursTenths});
                    }
                }
            }
        }
        return rows;
    }

    /** Spreads a total over the windows in proportion to the partner's active time in each. */
    private void spread(double[] budget, DemoPartner p, double total) {
        double activeWindows = 0;
        for (int w = 0; w < b.windows; w++) {
            activeWindows += b.activeFraction(p, w);
        }
        for (int w = 0; w < b.windows; w++) {
            budget[w] = activeWindows <= 0 ? 0 : total * b.activeFraction(p, w) / activeWindows;
        }
    }
}
