package com.ecosystemgraph.demodata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Prints the realised effect sizes of one generated ecosystem (a tool, not a test):
 * {@code java ... MetricsReport <scale> <seed> [folder] [--no-metrics]} (see docs/demo-data.md).
 */
public final class MetricsReport {

    private MetricsReport() {
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        Path folder = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("demo-eco");
        DemoOptions options = DemoOptions.defaults().withScale(scale).withSeed(seed);
        long start = System.nanoTime();
        GenerationSummary summary = new DemoEcosystemGenerator().generate(options, folder);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("scale %.2f seed %d: generated in %d ms into %s (heap used %d MB)%n", scale, seed, millis, folder,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
        summary.files().forEach(f -> System.out.printf("  %-26s %,10d rows%n", f.name(), f.rows()));
        if (args.length > 3 && args[3].equals("--no-metrics")) {
            return;
        }
        EcosystemMetrics m = new EcosystemMetrics(folder);
        System.out.printf("snapshot %s; labelled %d; base rate %.3f%n", m.snapshot, m.labelled().size(), m.baseRate());
        System.out.printf("AUC oracle %.3f  engagement %.3f  assigned tier %.3f%n", m.oracleAuc(), m.engagementAuc(), m.tierAuc());
        System.out.printf("certified/non-certified revenue per partner %.2f%n", m.certifiedRatio());
        System.out.printf("win rate sourced %.3f direct %.3f ratio %.2f; co_sold %.3f influenced %.3f%n",
                m.winRate("partner_sourced"), m.winRate("direct"), m.winRate("partner_sourced") / m.winRate("direct"),
                m.winRate("co_sold"), m.winRate("partner_influenced"));
        System.out.printf("avg won amount co_sold/direct %.2f (co %.0f direct %.0f sourced %.0f)%n",
                m.averageWonAmount("co_sold") / m.averageWonAmount("direct"), m.averageWonAmount("co_sold"),
                m.averageWonAmount("direct"), m.averageWonAmount("partner_sourced"));
        System.out.printf("avg won amount co_sold/direct within segment: smb %.2f mid_market %.2f enterprise %.2f%n",
                m.averageWonAmount("co_sold", "smb") / m.averageWonAmount("direct", "smb"),
                m.averageWonAmount("co_sold", "mid_market") / m.averageWonAmount("direct", "mid_market"),
                m.averageWonAmount("co_sold", "enterprise") / m.averageWonAmount("direct", "enterprise"));
        System.out.printf("median days to close direct %.1f co_sold %.1f ratio %.2f%n", m.medianDaysToClose("direct"),
                m.medianDaysToClose("co_sold"), m.medianDaysToClose("direct") / m.medianDaysToClose("co_sold"));
        System.out.printf("co-sold per builder L1 %.2f L2 %.2f L3 %.2f ratio L3/L1 %.2f%n", m.coSoldPerBuilder(1),
                m.coSoldPerBuilder(2), m.coSoldPerBuilder(3), m.coSoldPerBuilder(3) / m.coSoldPerBuilder(1));
        System.out.printf("top-10%% share %.3f gini %.3f partner-driven share %.3f%n", m.topDecileShare(), m.gini(),
                m.partnerDrivenShare());
        System.out.printf("below 2.5x hourly return %.3f; conflict customers %.3f; first deal < 90 days %.3f; max served %d%n",
                m.belowReturnShare(2.5), m.conflictCustomerShare(), m.firstDealWithin90Days(options.historyStart()),
                m.maxServed());
        System.out.printf("longest referral chain %d%n", m.longestChain());
        System.out.println("role mix by type " + m.roleMixByType());
        var downstream = m.downstreamRevenue().entrySet().stream()
                .sorted((x, y) -> Double.compare(y.getValue(), x.getValue())).limit(8).toList();
        System.out.println("top downstream referral revenue " + downstream);
        List<Map.Entry<String, EcosystemMetrics.PairStats>> ranked = m.rankedPairs(10);
        System.out.println("pairs with >= 10 joint deals: " + ranked.size());
        ranked.stream().limit(8).forEach(e -> System.out.printf("  %s %s%n", e.getKey(), e.getValue()));
    }
}
