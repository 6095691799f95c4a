package com.ecosystemgraph.scoring.features;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.tribuo.Example;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/**
 * The ONE feature extraction path of the Ideal Partner Profile models: turns a raw feature row into
 * a Tribuo {@link Example}. Training and serving both call {@link #generateExample}, so a model can
 * never see features computed differently from the ones it was trained on (Tribuo's
 * {@code RowProcessor.generateExample(row, outputRequired)} idiom).
 *
 * <p>An extractor serves one {@link FeatureSet}: the prospect model's pre-signing facts, or the
 * partner model's everything. Both come from the same specifications below; a feature that is in
 * both is computed by the same code.
 *
 * <p>Every feature of the set is always present (zeros included), so a model trained on any graph
 * knows the whole schema. Counts enter as {@code log(1 + n)}: partner counts are heavy-tailed and
 * their effect saturates. Unknown counts are 0; an unknown head count has its own indicator.
 *
 * <p>Each feature belongs to a <em>factor</em>: the raw property it is computed from (the five type
 * indicators all belong to {@code type}). Explanations add up contributions per factor.
 */
public final class FeatureExtractor {

    /** Identifies the feature schema; a model card names it and serving refuses another. */
    public static final String SCHEMA_VERSION = "ipp-features/2";

    /** The positive outcome: the partner reached the revenue bar of the label definition. */
    public static final Label SUCCESS = new Label("success");
    /** Every other labelled outcome. */
    public static final Label OTHER = new Label("other");

    public static final LabelFactory LABEL_FACTORY = new LabelFactory();

    /** The partner types of the CSV format, one indicator each. */
    public static final List<String> TYPES = List.of("referral", "technology", "reseller", "strategic", "services");

    /**
     * Steps of the customer-overlap indicators: "serves at least 2, 4, 8 ... of our customers". Overlap
     * tends to matter once it passes a level (enough shared accounts to co-sell on), which a smooth
     * log term cannot follow; indicators on a doubling grid let a linear model learn any such step
     * to within a factor of two, without a threshold picked for one ecosystem.
     */
    static final int[] SERVED_STEPS = {2, 4, 8, 16, 32, 64};
    static final int[] ENTERPRISE_STEPS = {1, 2, 4, 8, 16};

    /** Which model a feature is for. */
    public enum FeatureSet {
        /**
         * What a company has before it signs: firmographics, its integrations and their depth, the
         * customers it serves, who referred it and how that referrer is rated, its place in the
         * referral network and the referrals it made before signing. Scores prospects; learns from
         * partners as they looked before they signed.
         */
        PROSPECT,
        /**
         * Everything the prospect model has, plus what the partnership shows since signing: portal
         * logins, trainings, content downloads, our customers' use of its integrations and all
         * referrals made. For signed partners only.
         */
        PARTNER
    }

    /** One feature: its name in the model, its factor, the sets it is in and how it is computed. */
    public record Spec(String name, String factor, Set<FeatureSet> sets, ToDoubleFunction<PartnerFeatures> value) {

        /** True for a fact a company has before it signs. */
        public boolean preSigning() {
            return sets.contains(FeatureSet.PROSPECT);
        }
    }

    private static final Set<FeatureSet> BOTH = EnumSet.allOf(FeatureSet.class);
    private static final Set<FeatureSet> PARTNER_ONLY = EnumSet.of(FeatureSet.PARTNER);
    private static final Set<FeatureSet> PROSPECT_ONLY = EnumSet.of(FeatureSet.PROSPECT);

    private static final List<Spec> ALL_SPECS = buildSpecs();

    private static List<Spec> buildSpecs() {
        List<Spec> s = new ArrayList<>();
        for (String type : TYPES) {
            s.add(new Spec("type." + type, "type", BOTH, r -> type.equals(r.type()) ? 1 : 0));
        }
        s.add(new Spec("employees.log10", "employees", BOTH, r -> log10Employees(r)));
        s.add(new Spec("employees.log10.squared", "employees", BOTH, r -> log10Employees(r) * log10Employees(r)));
        s.add(new Spec("employees.unknown", "employees", BOTH, r -> r.employees() == null ? 1 : 0));
        s.add(new Spec("certifiedStaff.log1p", "certifiedStaff", BOTH, r -> log1p(r.certifiedStaff())));
        s.add(new Spec("certifiedStaff.any", "certifiedStaff", BOTH, r -> nz(r.certifiedStaff()) > 0 ? 1 : 0));
        s.add(new Spec("integrations.log1p", "integrations", BOTH, r -> Math.log1p(r.integrations())));
        s.add(new Spec("integrations.maxDepth", "integrations", BOTH, r -> r.maxIntegrationDepth()));
        s.add(new Spec("integrations.level3", "integrations", BOTH, r -> r.maxIntegrationDepth() >= 3 ? 1 : 0));
        // Certified staff pay off more where a deep integration gives them something to sell.
        s.add(new Spec("certifiedStaff.log1p.x.depthAbove1", "certifiedWithIntegration", BOTH,
                r -> log1p(r.certifiedStaff()) * Math.max(0, r.maxIntegrationDepth() - 1)));
        // Our customers' use of its integrations grows with the partnership (co-selling, our marketplace): for a prospect it is
        // not yet what it would be, so, like engagement, it stays out of the prospect model.
        s.add(new Spec("integrationCustomers.log1p", "integrationCustomers", PARTNER_ONLY, r -> Math.log1p(r.integrationCustomers())));
        s.add(new Spec("servedCustomers.log1p", "servedCustomers", BOTH, r -> Math.log1p(r.servedCustomers())));
        s.add(new Spec("servedMidMarket.log1p", "servedCustomers", BOTH, r -> Math.log1p(r.servedMidMarket())));
        s.add(new Spec("servedSmb.log1p", "servedCustomers", BOTH, r -> Math.log1p(r.servedSmb())));
        s.add(new Spec("servedEnterprise.log1p", "servedEnterprise", BOTH, r -> Math.log1p(r.servedEnterprise())));
        for (int step : SERVED_STEPS) {
            s.add(new Spec("servedCustomers.atLeast" + step, "servedCustomers", BOTH, r -> r.servedCustomers() >= step ? 1 : 0));
        }
        for (int step : ENTERPRISE_STEPS) {
            s.add(new Spec("servedEnterprise.atLeast" + step, "servedEnterprise", BOTH, r -> r.servedEnterprise() >= step ? 1 : 0));
        }
        s.add(new Spec("industry.share", "industryFit", BOTH, PartnerFeatures::industryShare));
        s.add(new Spec("industry.strongShare", "industryFit", BOTH, PartnerFeatures::strongIndustryShare));
        s.add(new Spec("region.share", "regionFit", BOTH, PartnerFeatures::regionShare));
        s.add(new Spec("region.strong", "regionFit", BOTH, r -> r.strongRegion() ? 1 : 0));
        s.add(new Spec("portalLogins90d.log1p", "portalLogins", PARTNER_ONLY, r -> log1p(r.portalLogins90d())));
        s.add(new Spec("trainingsCompleted.log1p", "trainings", PARTNER_ONLY, r -> log1p(r.trainingsCompleted())));
        s.add(new Spec("contentDownloads90d.log1p", "contentDownloads", PARTNER_ONLY, r -> log1p(r.contentDownloads90d())));
        s.add(new Spec("referral.byPartner", "referredBy", BOTH, r -> r.partnerReferrers() > 0 ? 1 : 0));
        s.add(new Spec("referral.byCustomer", "referredBy", BOTH, r -> r.partnerReferrers() == 0 && r.customerReferrers() > 0 ? 1 : 0));
        s.add(new Spec("referral.referrerTierRank", "referredBy", BOTH, r -> partnerReferrer(r) ? r.referrerTierRank() : 0));
        s.add(new Spec("referral.referrerTopTier", "referredBy", BOTH, r -> partnerReferrer(r) && r.referrerTierRank() >= 3 ? 1 : 0));
        s.add(new Spec("referral.referrerActive", "referredBy", BOTH,
                r -> partnerReferrer(r) && "active".equals(r.referrerStatus()) ? 1 : 0));
        s.add(new Spec("referral.referrerReferrals.log1p", "referredBy", BOTH,
                r -> r.referrerId() == null ? 0 : Math.log1p(r.referrerReferrals())));
        s.add(new Spec("referral.made.log1p", "referralsMade", PARTNER_ONLY, r -> Math.log1p(r.referralsMade())));
        s.add(new Spec("referral.madeBeforeSigning.log1p", "referralsMadeBeforeSigning", PROSPECT_ONLY,
                r -> Math.log1p(r.referralsMadeBeforeSigning())));
        s.add(new Spec("referral.pageRank", "networkCentrality", BOTH, PartnerFeatures::pageRank));
        return List.copyOf(s);
    }

    private final FeatureSet set;
    private final List<Spec> specs;

    /** The extractor of one feature set. */
    public FeatureExtractor(FeatureSet set) {
        this.set = Objects.requireNonNull(set);
        this.specs = ALL_SPECS.stream().filter(s -> s.sets().contains(set)).toList();
    }

    public FeatureSet featureSet() {
        return set;
    }

    /** Every feature of every set, in schema order: what the shift report covers. */
    public static List<Spec> allSpecs() {
        return ALL_SPECS;
    }

    private static boolean partnerReferrer(PartnerFeatures r) {
        return "partner".equals(r.referrerKind());
    }

    private static double log10Employees(PartnerFeatures r) {
        return r.employees() == null ? 0 : Math.log10(Math.max(1, r.employees()));
    }

    private static double log1p(Long v) {
        return Math.log1p(Math.max(0, nz(v)));
    }

    private static long nz(Long v) {
        return v == null ? 0 : v;
    }

    /** Feature names of this set in schema order. */
    public List<String> featureNames() {
        return specs.stream().map(Spec::name).toList();
    }

    /** Every feature of this set with its factor, in schema order. */
    public List<Spec> specs() {
        return specs;
    }

    /** Factor of every feature name of this set. */
    public Map<String, String> factors() {
        Map<String, String> f = new LinkedHashMap<>();
        specs.forEach(s -> f.put(s.name(), s.factor()));
        return f;
    }

    /** Feature values of a row, in schema order. */
    public double[] values(PartnerFeatures row) {
        return values(specs, row);
    }

    /** Values of the given features of a row (a non-finite value, which no feature should give, is 0). */
    public static double[] values(List<Spec> features, PartnerFeatures row) {
        double[] v = new double[features.size()];
        for (int i = 0; i < v.length; i++) {
            double x = features.get(i).value().applyAsDouble(row);
            v[i] = Double.isFinite(x) ? x : 0;
        }
        return v;
    }

    /**
     * The example of a row.
     *
     * @param output the label when training ({@link #SUCCESS} or {@link #OTHER}); null when
     *               scoring, which gives Tribuo's unknown label
     */
    public Example<Label> generateExample(PartnerFeatures row, Label output) {
        String[] names = specs.stream().map(Spec::name).toArray(String[]::new);
        return new ArrayExample<>(output == null ? LabelFactory.UNKNOWN_LABEL : output, names, values(row));
    }
}
