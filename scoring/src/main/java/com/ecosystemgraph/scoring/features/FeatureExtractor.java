package com.ecosystemgraph.scoring.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.tribuo.Example;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/**
 * The ONE feature extraction path of the Ideal Partner Profile model: turns a raw feature row into
 * a Tribuo {@link Example}. Training and serving both call {@link #generateExample}, so a model can
 * never see features computed differently from the ones it was trained on (Tribuo's
 * {@code RowProcessor.generateExample(row, outputRequired)} idiom).
 *
 * <p>Every feature is always present (zeros included), so a model trained on any graph knows the
 * whole schema. Counts enter as {@code log(1 + n)}: partner counts are heavy-tailed and their
 * effect saturates. Unknown counts are 0; an unknown head count has its own indicator.
 *
 * <p>Each feature belongs to a <em>factor</em>: the raw property it is computed from (the five type
 * indicators all belong to {@code type}). Explanations add up contributions per factor.
 */
public final class FeatureExtractor {

    /** Identifies the feature set; a model card names it and serving refuses another. */
    public static final String SCHEMA_VERSION = "ipp-features/1";

    /** The positive outcome: the partner reached the revenue bar of the label definition. */
    public static final Label SUCCESS = new Label("success");
    /** Every other labelled outcome. */
    public static final Label OTHER = new Label("other");

    public static final LabelFactory LABEL_FACTORY = new LabelFactory();

    /** The partner types of the CSV format, one indicator each. */
    public static final List<String> TYPES = List.of("referral", "technology", "reseller", "strategic", "services");

    /** One feature: its name in the model, its factor and how it is computed. */
    public record Spec(String name, String factor, ToDoubleFunction<PartnerFeatures> value) {
    }

    private static final List<Spec> SPECS = buildSpecs();

    private static List<Spec> buildSpecs() {
        List<Spec> s = new ArrayList<>();
        for (String type : TYPES) {
            s.add(new Spec("type." + type, "type", r -> type.equals(r.type()) ? 1 : 0));
        }
        s.add(new Spec("employees.log10", "employees", r -> log10Employees(r)));
        s.add(new Spec("employees.log10.squared", "employees", r -> log10Employees(r) * log10Employees(r)));
        s.add(new Spec("employees.unknown", "employees", r -> r.employees() == null ? 1 : 0));
        s.add(new Spec("certifiedStaff.log1p", "certifiedStaff", r -> log1p(r.certifiedStaff())));
        s.add(new Spec("certifiedStaff.any", "certifiedStaff", r -> nz(r.certifiedStaff()) > 0 ? 1 : 0));
        s.add(new Spec("integrations.log1p", "integrations", r -> Math.log1p(r.integrations())));
        s.add(new Spec("integrations.maxDepth", "integrations", r -> r.maxIntegrationDepth()));
        s.add(new Spec("integrations.level3", "integrations", r -> r.maxIntegrationDepth() >= 3 ? 1 : 0));
        // Certified staff pay off more where a deep integration gives them something to sell.
        s.add(new Spec("certifiedStaff.log1p.x.depthAbove1", "certifiedWithIntegration",
                r -> log1p(r.certifiedStaff()) * Math.max(0, r.maxIntegrationDepth() - 1)));
        s.add(new Spec("integrationCustomers.log1p", "integrationCustomers", r -> Math.log1p(r.integrationCustomers())));
        s.add(new Spec("servedCustomers.log1p", "servedCustomers", r -> Math.log1p(r.servedCustomers())));
        s.add(new Spec("servedMidMarket.log1p", "servedCustomers", r -> Math.log1p(r.servedMidMarket())));
        s.add(new Spec("servedSmb.log1p", "servedCustomers", r -> Math.log1p(r.servedSmb())));
        s.add(new Spec("servedEnterprise.log1p", "servedEnterprise", r -> Math.log1p(r.servedEnterprise())));
        s.add(new Spec("industry.share", "industryFit", PartnerFeatures::industryShare));
        s.add(new Spec("industry.strongShare", "industryFit", PartnerFeatures::strongIndustryShare));
        s.add(new Spec("region.share", "regionFit", PartnerFeatures::regionShare));
        s.add(new Spec("region.strong", "regionFit", r -> r.strongRegion() ? 1 : 0));
        s.add(new Spec("portalLogins90d.log1p", "portalLogins", r -> log1p(r.portalLogins90d())));
        s.add(new Spec("trainingsCompleted.log1p", "trainings", r -> log1p(r.trainingsCompleted())));
        s.add(new Spec("contentDownloads90d.log1p", "contentDownloads", r -> log1p(r.contentDownloads90d())));
        s.add(new Spec("referral.byPartner", "referredBy", r -> r.partnerReferrers() > 0 ? 1 : 0));
        s.add(new Spec("referral.byCustomer", "referredBy", r -> r.partnerReferrers() == 0 && r.customerReferrers() > 0 ? 1 : 0));
        s.add(new Spec("referral.referrerTierRank", "referredBy", r -> partnerReferrer(r) ? r.referrerTierRank() : 0));
        s.add(new Spec("referral.referrerTopTier", "referredBy", r -> partnerReferrer(r) && r.referrerTierRank() >= 3 ? 1 : 0));
        s.add(new Spec("referral.referrerActive", "referredBy", r -> partnerReferrer(r) && "active".equals(r.referrerStatus()) ? 1 : 0));
        s.add(new Spec("referral.referrerReferrals.log1p", "referredBy", r -> r.referrerId() == null ? 0 : Math.log1p(r.referrerReferrals())));
        s.add(new Spec("referral.made.log1p", "referralsMade", r -> Math.log1p(r.referralsMade())));
        s.add(new Spec("referral.pageRank", "networkCentrality", PartnerFeatures::pageRank));
        return List.copyOf(s);
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

    /** Feature names in schema order. */
    public List<String> featureNames() {
        return SPECS.stream().map(Spec::name).toList();
    }

    /** Every feature with its factor, in schema order. */
    public List<Spec> specs() {
        return SPECS;
    }

    /** Factor of every feature name. */
    public Map<String, String> factors() {
        Map<String, String> f = new LinkedHashMap<>();
        SPECS.forEach(s -> f.put(s.name(), s.factor()));
        return f;
    }

    /** Feature values of a row, in schema order. */
    public double[] values(PartnerFeatures row) {
        double[] v = new double[SPECS.size()];
        for (int i = 0; i < v.length; i++) {
            double x = SPECS.get(i).value().applyAsDouble(row);
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
        String[] names = SPECS.stream().map(Spec::name).toArray(String[]::new);
        return new ArrayExample<>(output == null ? LabelFactory.UNKNOWN_LABEL : output, names, values(row));
    }
}
