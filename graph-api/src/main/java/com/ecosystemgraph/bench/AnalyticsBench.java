package com.ecosystemgraph.bench;

import com.ecosystemgraph.analytics.AnalyticsFilter;
import com.ecosystemgraph.analytics.combinations.CombinationAnalysis;
import com.ecosystemgraph.analytics.combinations.IntegrationCombinations.IntegrationCombinationOrder;
import com.ecosystemgraph.analytics.combinations.ValueCombinations.CombinationOrder;
import com.ecosystemgraph.analytics.conflicts.ConflictAnalysis;
import com.ecosystemgraph.analytics.drivers.DriverAnalysis;
import com.ecosystemgraph.analytics.economics.EconomicsAnalysis;
import com.ecosystemgraph.analytics.kpis.KpiAnalysis;
import com.ecosystemgraph.analytics.plan.InvestmentPlanConstraints;
import com.ecosystemgraph.analytics.plan.InvestmentPlanner;
import com.ecosystemgraph.analytics.referrals.ReferralAnalysis;
import com.ecosystemgraph.analytics.referrals.ReferralGrowth.GrowthInterval;
import com.ecosystemgraph.analytics.referrals.ReferralNetwork.ReferralReach;
import com.ecosystemgraph.analytics.returns.ReturnAnalysis;
import com.ecosystemgraph.analytics.tiers.TierAnalysis;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times every analysis against whatever the database holds (called by the {@code bench} command
 * after each scale's import): one warm-up, then {@link #REPETITIONS} timed runs; prints the median
 * in milliseconds as Markdown table rows.
 */
public final class AnalyticsBench {

    static final int REPETITIONS = 5;

    private AnalyticsBench() {
    }

    public static void run(ConfigurableApplicationContext context, PrintWriter out) {
        Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
        ReferralAnalysis referrals = context.getBean(ReferralAnalysis.class);
        String referrer = referrals.network(null, 3, 0.5, 1).ranking().stream().findFirst().map(ReferralReach::id)
                .orElse(null);
        KpiAnalysis kpis = context.getBean(KpiAnalysis.class);
        cases.put("ecosystemKpis", () -> kpis.kpis(null));
        ReturnAnalysis returns = context.getBean(ReturnAnalysis.class);
        cases.put("partnerReturns (referral credit, concentration, both dilution readings)", () -> returns.returns(null, 20));
        DriverAnalysis drivers = context.getBean(DriverAnalysis.class);
        cases.put("performanceDrivers (every lever, raw and adjusted)", () -> drivers.drivers(null));
        // a period inside most partners' activity: the rollups' cumulative lists are read, not only their totals
        LocalDate asOf = kpis.kpis(null).asOf();
        AnalyticsFilter lastYear = asOf == null ? null : new AnalyticsFilter(asOf, asOf.minusYears(1).plusDays(1), null, null, null);
        cases.put("ecosystemKpis (the last 12 months)", () -> kpis.kpis(lastYear));
        cases.put("partnerReturns (the last 12 months)", () -> returns.returns(lastYear, 20));
        AnalyticsFilter whole = new AnalyticsFilter(asOf, null, null, null, null);
        cases.put("ecosystemKpis likeForLike (every closed deal, three sources)", () -> kpis.likeForLike(whole));
        TierAnalysis tiers = context.getBean(TierAnalysis.class);
        cases.put("tierMismatches", () -> tiers.tiers(null, 1, 12));
        EconomicsAnalysis economics = context.getBean(EconomicsAnalysis.class);
        cases.put("partnerEconomics", () -> economics.economics(null, 2.5, 20));
        CombinationAnalysis combinations = context.getBean(CombinationAnalysis.class);
        cases.put("valueCombinations (pairs, minSupport 10)",
                () -> combinations.combinations(null, 2, CombinationOrder.INCREMENTAL_REVENUE, 10, 10));
        cases.put("valueCombinations (triples, minSupport 10)",
                () -> combinations.combinations(null, 3, CombinationOrder.INCREMENTAL_REVENUE, 10, 10));
        cases.put("valueCombinations (triples, minSupport 2)",
                () -> combinations.combinations(null, 3, CombinationOrder.INCREMENTAL_REVENUE, 2, 10));
        cases.put("integrationCombinations (pairs, minSupport 10)", () -> combinations.integrationCombinations(null,
                IntegrationCombinationOrder.RETAINED_ARR, 10, 10));
        if (referrer != null) {
            cases.put("referralReach (top referrer, 3 hops)", () -> referrals.reach(referrer, null, 3, 0.5));
        }
        cases.put("referralNetwork (all referrers, 3 hops)", () -> referrals.network(null, 3, 0.5, 10));
        cases.put("referralStructure (GDS project, PageRank, Louvain, betweenness, drop)", () -> referrals.structure(null, 10));
        ConflictAnalysis conflicts = context.getBean(ConflictAnalysis.class);
        cases.put("channelConflicts (30-day window, every customer)", () -> conflicts.conflicts(null, 30, 20));
        cases.put("referralGrowth (quarters)", () -> referrals.growth(null, GrowthInterval.QUARTER));
        String prospect = referrals.busiestProspect();
        if (prospect != null) {
            cases.put("prospectReach (prospect serving the most customers)", () -> referrals.prospectReach(prospect, null, 20));
        }
        InvestmentPlanner planner = context.getBean(InvestmentPlanner.class);
        double today = Math.max(1, planner.plan(1, InvestmentPlanConstraints.NONE, null).currentTotal());
        cases.put("investmentPlan (today's 12-month budget, network value counted)",
                () -> planner.plan(today, InvestmentPlanConstraints.NONE, null));
        cases.put("investmentPlan (today's 12-month budget, own deals only)",
                () -> planner.plan(today, InvestmentPlanConstraints.NONE, null, false));
        print(cases, out);
    }

    private static void print(Map<String, Supplier<Object>> cases, PrintWriter out) {
        out.printf(Locale.ROOT, "%n| analysis | median ms (%d runs; 1 run when the first takes over %d s) |%n|---|---|%n",
                REPETITIONS, SLOW_MILLIS / 1000);
        // One row at a time, flushed, so a long run at 100x shows progress; an analysis that fails
        // (e.g. over the database's transaction timeout) is reported and the others still run.
        cases.forEach((name, work) -> {
            String cell;
            try {
                cell = String.format(Locale.ROOT, "%.0f", medianMillis(work));
            } catch (RuntimeException e) {
                String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                cell = "failed: " + (message.contains("timeout")
                        ? "over the transaction timeout"
                        : message.substring(0, Math.min(120, message.length())));
            }
            out.printf(Locale.ROOT, "| %s | %s |%n", name, cell);
            out.flush();
        });
    }

    /** A first run slower than this is timed once: at 100x six runs of every analysis would take an hour. */
    static final long SLOW_MILLIS = 3_000;

    private static double medianMillis(Supplier<Object> work) {
        long first = System.nanoTime();
        work.get();
        double firstMillis = (System.nanoTime() - first) / 1e6;
        if (firstMillis > SLOW_MILLIS) {
            long again = System.nanoTime();
            work.get();
            return (System.nanoTime() - again) / 1e6;
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < REPETITIONS; i++) {
            long start = System.nanoTime();
            work.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(Double::compare);
        return times.get(times.size() / 2);
    }
}
