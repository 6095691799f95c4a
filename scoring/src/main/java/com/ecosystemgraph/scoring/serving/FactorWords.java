package com.ecosystemgraph.scoring.serving;

import com.ecosystemgraph.scoring.features.PartnerFeatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A factor in plain words: its value as shown, its description ranked against the reference
 * partners ("12 certified staff: top 15% of partners") and the graph reasons of a score.
 */
final class FactorWords {

    private final Map<String, double[]> reference = new LinkedHashMap<>();

    /**
     * @param population the partners whose values descriptions compare to (the active ones are used;
     *                   everyone when none is active)
     */
    FactorWords(List<PartnerFeatures> population) {
        List<PartnerFeatures> active = population.stream().filter(r -> "active".equals(r.status())).toList();
        List<PartnerFeatures> ref = active.isEmpty() ? population : active;
        for (Map.Entry<String, Function<PartnerFeatures, Double>> e : RAW.entrySet()) {
            double[] values = ref.stream().mapToDouble(r -> e.getValue().apply(r)).toArray();
            Arrays.sort(values);
            reference.put(e.getKey(), values);
        }
    }

    /** The raw value of each factor that descriptions compare across partners. */
    static final Map<String, Function<PartnerFeatures, Double>> RAW = new LinkedHashMap<>();

    static {
        RAW.put("employees", r -> r.employees() == null ? 0.0 : r.employees());
        RAW.put("certifiedStaff", r -> (double) nz(r.certifiedStaff()));
        RAW.put("integrations", r -> (double) r.maxIntegrationDepth());
        RAW.put("certifiedWithIntegration", r -> (double) nz(r.certifiedStaff()) * Math.max(0, r.maxIntegrationDepth() - 1));
        RAW.put("integrationCustomers", r -> (double) r.integrationCustomers());
        RAW.put("servedCustomers", r -> (double) r.servedCustomers());
        RAW.put("servedEnterprise", r -> (double) r.servedEnterprise());
        RAW.put("industryFit", PartnerFeatures::strongIndustryShare);
        RAW.put("regionFit", PartnerFeatures::regionShare);
        RAW.put("portalLogins", r -> (double) nz(r.portalLogins90d()));
        RAW.put("trainings", r -> (double) nz(r.trainingsCompleted()));
        RAW.put("contentDownloads", r -> (double) nz(r.contentDownloads90d()));
        RAW.put("referredBy", r -> (double) r.referrerTierRank());
        RAW.put("referralsMade", r -> (double) r.referralsMade());
        RAW.put("referralsMadeBeforeSigning", r -> (double) r.referralsMadeBeforeSigning());
        RAW.put("networkCentrality", PartnerFeatures::pageRank);
    }

    private static long nz(Long v) {
        return v == null ? 0 : v;
    }

    /** "top 15% of partners" / "bottom 40% of partners", against the reference partners. */
    String rank(String factor, double value) {
        double[] sorted = reference.get(factor);
        if (sorted == null || sorted.length == 0) {
            return "";
        }
        int below = BatchScorer.lowerBound(sorted, value);
        int notAbove = BatchScorer.upperBound(sorted, value);
        double atLeast = 100.0 * (sorted.length - below) / sorted.length;
        double atMost = 100.0 * notAbove / sorted.length;
        if (atLeast <= 50) {
            return "top " + Math.max(1, (int) Math.ceil(atLeast)) + "% of partners";
        }
        if (atMost <= 50) {
            return "bottom " + Math.max(1, (int) Math.ceil(atMost)) + "% of partners";
        }
        return "about the median partner";
    }

    private String withRank(String text, String factor, double value) {
        String rank = rank(factor, value);
        return rank.isEmpty() ? text : text + ": " + rank;
    }

    static String displayValue(String factor, PartnerFeatures r) {
        return switch (factor) {
            case "type" -> String.valueOf(r.type());
            case "employees" -> r.employees() == null ? "unknown" : String.valueOf(r.employees());
            case "certifiedStaff" -> String.valueOf(nz(r.certifiedStaff()));
            case "integrations" -> r.integrations() + " (deepest level " + r.maxIntegrationDepth() + ")";
            case "certifiedWithIntegration" -> nz(r.certifiedStaff()) + " certified, level " + r.maxIntegrationDepth();
            case "integrationCustomers" -> String.valueOf(r.integrationCustomers());
            case "servedCustomers" -> String.valueOf(r.servedCustomers());
            case "servedEnterprise" -> String.valueOf(r.servedEnterprise());
            case "industryFit" -> r.industries().isEmpty() ? "none" : String.join(", ", r.industries());
            case "regionFit" -> r.region() == null ? "unknown" : r.region();
            case "portalLogins" -> String.valueOf(nz(r.portalLogins90d()));
            case "trainings" -> String.valueOf(nz(r.trainingsCompleted()));
            case "contentDownloads" -> String.valueOf(nz(r.contentDownloads90d()));
            case "referredBy" -> r.referrerName() == null ? "nobody" : r.referrerName();
            case "referralsMade" -> String.valueOf(r.referralsMade());
            case "referralsMadeBeforeSigning" -> String.valueOf(r.referralsMadeBeforeSigning());
            case "networkCentrality" -> String.format(Locale.ROOT, "%.3f", r.pageRank());
            default -> "";
        };
    }

    String describe(String factor, PartnerFeatures r) {
        return switch (factor) {
            case "type" -> "a " + words(r.type()) + " partner";
            case "employees" -> r.employees() == null
                    ? "head count unknown"
                    : withRank(r.employees() + " employees", factor, r.employees());
            case "certifiedStaff" -> withRank(nz(r.certifiedStaff()) + " certified staff", factor, nz(r.certifiedStaff()));
            case "integrations" -> r.integrations() == 0
                    ? "no integration with our product"
                    : plural(r.integrations(), "integration") + " with our product, the deepest at level "
                            + r.maxIntegrationDepth() + " (" + depthWords(r.maxIntegrationDepth()) + ")";
            case "certifiedWithIntegration" -> r.maxIntegrationDepth() <= 1
                    ? "no certified staff behind a deep integration"
                    : nz(r.certifiedStaff()) + " certified staff behind a level-" + r.maxIntegrationDepth() + " integration";
            case "integrationCustomers" -> withRank(plural(r.integrationCustomers(), "of our customers uses", "of our customers use")
                    + " its integrations", factor, r.integrationCustomers());
            case "servedCustomers" -> withRank("serves " + r.servedCustomers() + " of our customers", factor, r.servedCustomers());
            case "servedEnterprise" ->
                withRank("serves " + r.servedEnterprise() + " of our enterprise customers", factor, r.servedEnterprise());
            case "industryFit" -> r.industries().isEmpty()
                    ? "industries unknown"
                    : r.strongIndustries().isEmpty()
                            ? "none of its industries is among our three strongest"
                            : "works in " + r.strongIndustries().size() + " of our three strongest industries ("
                                    + String.join(", ", r.strongIndustries().stream().map(FactorWords::words).toList()) + ")";
            case "regionFit" -> r.region() == null
                    ? "region unknown"
                    : "based in " + words(r.region())
                            + (r.strongRegion() ? ", one of our two strongest regions" : ", not one of our strongest regions")
                            + String.format(Locale.ROOT, " (%.0f%% of our customers)", 100 * r.regionShare());
            case "portalLogins" -> withRank(nz(r.portalLogins90d()) + " portal logins in 90 days", factor, nz(r.portalLogins90d()));
            case "trainings" -> withRank(plural(nz(r.trainingsCompleted()), "training") + " completed", factor, nz(r.trainingsCompleted()));
            case "contentDownloads" ->
                withRank(plural(nz(r.contentDownloads90d()), "content download") + " in 90 days", factor, nz(r.contentDownloads90d()));
            case "referredBy" -> referral(r);
            case "referralsMade" -> r.referralsMade() == 0
                    ? "has referred nobody to us"
                    : withRank("referred " + plural(r.referralsMade(), "company", "companies") + " to us", factor, r.referralsMade());
            case "referralsMadeBeforeSigning" -> referralsBeforeSigning(r);
            case "networkCentrality" -> withRank("position in the referral network", factor, r.pageRank());
            default -> factor;
        };
    }

    /** A prospect's referrals are all before signing; a partner's (scored by the prospect model) are counted up to its signing. */
    private static String referralsBeforeSigning(PartnerFeatures r) {
        long n = r.referralsMadeBeforeSigning();
        String when = r.prospect() ? "" : " before it signed";
        return n == 0 ? "referred nobody to us" + when : "referred " + plural(n, "company", "companies") + " to us" + when;
    }

    private static String referral(PartnerFeatures r) {
        if (r.referrerId() == null) {
            return "not referred by a partner or customer";
        }
        if ("customer".equals(r.referrerKind())) {
            return "referred by our customer " + r.referrerName();
        }
        String tier = switch ((int) r.referrerTierRank()) {
            case 4 -> "a platinum partner";
            case 3 -> "a gold partner";
            case 2 -> "a silver partner";
            case 1 -> "a registered partner";
            default -> "prospect".equals(r.referrerStatus()) ? "a prospect" : "a partner without a tier";
        };
        String status = "churned".equals(r.referrerStatus()) ? " (churned)" : "";
        return "referred by " + r.referrerName() + ", " + tier + status
                + (r.referrerReferrals() >= 5 ? ", who has referred " + r.referrerReferrals() + " companies" : "");
    }

    /** What the graph says about the partner, independent of the model. */
    List<String> graphReasons(PartnerFeatures r) {
        List<String> reasons = new ArrayList<>();
        if (r.servedCustomers() > 0) {
            reasons.add("serves " + plural(r.servedCustomers(), "of our customers", "of our customers")
                    + (r.servedEnterprise() > 0 ? " (" + r.servedEnterprise() + " enterprise)" : ""));
        }
        if (r.referrerId() != null) {
            reasons.add(referral(r));
        }
        if (r.integrations() > 0) {
            reasons.add("built " + plural(r.integrations(), "integration") + " with our product, the deepest at level "
                    + r.maxIntegrationDepth() + " (" + depthWords(r.maxIntegrationDepth()) + ")");
        }
        if (r.integrationCustomers() > 0) {
            reasons.add(plural(r.integrationCustomers(), "of our customers uses", "of our customers use") + " its integrations");
        }
        if (!r.strongIndustries().isEmpty()) {
            reasons.add("works in our strong industries: "
                    + String.join(", ", r.strongIndustries().stream().map(FactorWords::words).toList()));
        }
        if (r.referralsMade() > 0) {
            reasons.add("referred " + plural(r.referralsMade(), "company", "companies") + " to us");
        }
        return List.copyOf(reasons);
    }

    private static String depthWords(long depth) {
        return switch ((int) depth) {
            case 1 -> "data sync";
            case 2 -> "workflow automation";
            case 3 -> "unified experience";
            default -> "none";
        };
    }

    private static String words(String value) {
        return value == null ? "unknown" : value.replace('_', ' ');
    }

    private static String plural(long n, String one) {
        return plural(n, one, one + "s");
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
