package com.ecosystemgraph.scoring.serving;

import com.ecosystemgraph.scoring.features.FeatureExtractor;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.Calibration;
import com.ecosystemgraph.scoring.model.IppModel;
import com.ecosystemgraph.scoring.model.ModelCard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.SparseModel;
import org.tribuo.classification.Label;
import org.tribuo.classification.explanations.lime.LIMEBase;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.slm.LARSLassoTrainer;
import org.tribuo.transform.TransformedModel;

/**
 * Explains scores: every factor's contribution (exact for a linear model, LIME's local linear
 * estimate for any other) in plain words relative to the reference partners, plus graph reasons.
 *
 * <p>Contributions are on the log-odds scale of the calibrated probability, relative to an average
 * partner (the training mean of every feature). For a linear model on standardised features that is
 * exact: the contributions and the model's intercept add up to the score's log-odds. For other
 * models LIME fits a sparse linear model to the model's answers on points sampled around the
 * partner; its slope times the partner's distance from the mean is the contribution, converted from
 * probability to log-odds at the partner's score.
 */
public final class Explainer {

    /** Samples LIME draws around a partner: enough for a stable sparse fit of 12 of ~30 features, fast enough to ask per request. */
    public static final int LIME_SAMPLES = 300;

    /**
     * Tribuo's lasso logs every selected feature at INFO, which costs more than the fit itself;
     * the loggers are held here so the level set once is not collected with them.
     */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.tribuo.regression.slm.SLMTrainer"),
            Logger.getLogger("org.tribuo.classification.explanations.lime.LIMEBase"),
            Logger.getLogger("org.tribuo.common.xgboost.XGBoostModel"));

    static {
        QUIET.forEach(l -> l.setLevel(Level.WARNING));
    }
    /** Features LIME's LARS-lasso may use. */
    public static final int LIME_FEATURES = 12;

    private final IppModel model;
    private final FeatureExtractor extractor;
    private final Map<String, double[]> reference = new LinkedHashMap<>();
    private final long seed;

    /**
     * @param model      the model
     * @param population the partners whose values descriptions compare to (the active ones are used;
     *                   everyone when none is active)
     * @param seed       LIME's sampling seed, fixed so an explanation does not change between calls
     */
    public Explainer(IppModel model, List<PartnerFeatures> population, long seed) {
        this.model = model;
        this.extractor = model.extractor();
        this.seed = seed;
        List<PartnerFeatures> active = population.stream().filter(r -> "active".equals(r.status())).toList();
        List<PartnerFeatures> ref = active.isEmpty() ? population : active;
        for (Map.Entry<String, Function<PartnerFeatures, Double>> e : RAW.entrySet()) {
            double[] values = ref.stream().mapToDouble(r -> e.getValue().apply(r)).toArray();
            Arrays.sort(values);
            reference.put(e.getKey(), values);
        }
    }

    private final ThreadLocal<String> lastMethod = ThreadLocal.withInitial(() -> "lime");

    /** The method this model's explanations use ({@code occlusion} is LIME's fallback for a point it cannot fit). */
    public String method() {
        return linear() != null ? "exact-linear" : "lime";
    }

    public Explanation explain(PartnerFeatures row) {
        Example<Label> example = extractor.generateExample(row, null);
        Prediction<Label> prediction = model.tribuoModel().predict(example);
        double raw = IppModel.successScore(prediction);
        double probability = model.calibration().apply(raw);
        Map<String, Double> byFeature = linear() != null ? exactLinear(example) : lime(example, raw);
        String method = linear() != null ? "exact-linear" : lastMethod.get();
        Map<String, Double> byFactor = new LinkedHashMap<>();
        Map<String, String> factors = extractor.factors();
        byFeature.forEach((feature, c) -> byFactor.merge(factors.getOrDefault(feature, feature), c, Double::sum));
        List<Factor> result = new ArrayList<>();
        for (Map.Entry<String, Double> e : byFactor.entrySet()) {
            if (Math.abs(e.getValue()) < 1e-9) {
                continue;
            }
            result.add(new Factor(e.getKey(), displayValue(e.getKey(), row), e.getValue(), describe(e.getKey(), row)));
        }
        result.sort(Comparator.comparingDouble((Factor f) -> -Math.abs(f.contribution())).thenComparing(Factor::feature));
        return new Explanation(row.id(), probability, method, List.copyOf(result), graphReasons(row));
    }

    // ---- contributions ------------------------------------------------------------------------

    private record Linear(TransformedModel<Label> transformed, LinearSGDModel inner) {
    }

    @SuppressWarnings("unchecked")
    private Linear linear() {
        Model<Label> m = model.tribuoModel();
        if (m instanceof TransformedModel<?> t && t.getInnerModel() instanceof LinearSGDModel inner) {
            return new Linear((TransformedModel<Label>) t, inner);
        }
        return null;
    }

    /** Exact per-feature contributions of a (standardised) linear model, in calibrated log-odds. */
    private Map<String, Double> exactLinear(Example<Label> example) {
        Linear lin = linear();
        Example<Label> z = lin.transformed().getTransformerMap().transformExample(example.copy());
        DenseMatrix w = lin.inner().getWeightsCopy();
        int success = lin.inner().getOutputIDInfo().getID(FeatureExtractor.SUCCESS);
        int other = lin.inner().getOutputIDInfo().getID(FeatureExtractor.OTHER);
        double slope = model.calibration().slope();
        Map<String, Double> contributions = new LinkedHashMap<>();
        for (Feature f : z) {
            int id = lin.inner().getFeatureIDMap().getID(f.getName());
            if (id < 0) {
                continue;
            }
            double weight = w.get(success, id) - (other >= 0 ? w.get(other, id) : 0);
            contributions.put(f.getName(), slope * weight * f.getValue());
        }
        return contributions;
    }

    /**
     * LIME's local linear estimate per feature, converted to calibrated log-odds. LIME gets the
     * example without its zero features (Tribuo's sparse form: a column that is 0 in every sampled
     * point breaks the lasso's standardisation) and predicts its samples densely ({@link DenseView}).
     * Should LIME still fail on some point, each factor is instead set to the training mean and the
     * change of the model's log-odds is its contribution ("occlusion").
     */
    private Map<String, Double> lime(Example<Label> example, double raw) {
        Map<String, ModelCard.FeatureStat> stats = model.card().featureStats() == null ? Map.of() : model.card().featureStats();
        ArrayExample<Label> sparse = new ArrayExample<>(example.getOutput());
        for (Feature f : example) {
            if (f.getValue() != 0) {
                sparse.add(f.getName(), f.getValue());
            }
        }
        SparseModel<Regressor> surrogate;
        try {
            LIMEBase lime = new LIMEBase(new SplittableRandom(seed), new DenseView(model.tribuoModel()),
                    new LARSLassoTrainer(LIME_FEATURES), LIME_SAMPLES);
            surrogate = lime.explain(sparse).getModel();
        } catch (RuntimeException e) {
            lastMethod.set("occlusion");
            return occlusion(example, raw, stats);
        }
        lastMethod.set("lime");
        double base = surrogateSuccess(surrogate, example);
        // d logit / d p at the partner's raw probability, times the calibration slope.
        double q = Math.min(0.99, Math.max(0.01, raw));
        double toLogOdds = model.calibration().slope() / (q * (1 - q));
        Map<String, Double> contributions = new LinkedHashMap<>();
        for (String name : surrogate.getActiveFeatures().getOrDefault(FeatureExtractor.SUCCESS.getLabel(), List.of())) {
            Feature f = example.lookup(name);
            ModelCard.FeatureStat stat = stats.get(name);
            if (f == null || stat == null) {
                continue;
            }
            ArrayExample<Label> atMean = new ArrayExample<>(example);
            atMean.set(new Feature(name, stat.mean()));
            double delta = base - surrogateSuccess(surrogate, atMean);
            contributions.put(name, delta * toLogOdds);
        }
        return contributions;
    }

    /** Per factor: the calibrated log-odds now minus with the factor's features at their training means. */
    private Map<String, Double> occlusion(Example<Label> example, double raw, Map<String, ModelCard.FeatureStat> stats) {
        Calibration calibration = model.calibration();
        double now = Calibration.logit(calibration.apply(raw));
        Map<String, List<String>> byFactor = new LinkedHashMap<>();
        extractor.factors().forEach((feature, factor) -> byFactor.computeIfAbsent(factor, k -> new ArrayList<>()).add(feature));
        Map<String, Double> contributions = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : byFactor.entrySet()) {
            ArrayExample<Label> atMean = new ArrayExample<>(example);
            for (String feature : e.getValue()) {
                ModelCard.FeatureStat stat = stats.get(feature);
                if (stat != null) {
                    atMean.set(new Feature(feature, stat.mean()));
                }
            }
            double moved = Calibration.logit(calibration.apply(IppModel.successScore(model.tribuoModel().predict(atMean))));
            // Attributed to the factor's first feature; explain() adds contributions up per factor.
            contributions.put(e.getValue().getFirst(), now - moved);
        }
        return contributions;
    }

    private static double surrogateSuccess(SparseModel<Regressor> surrogate, Example<Label> example) {
        ArrayExample<Regressor> asRegression = new ArrayExample<>(new Regressor(new String[]{"dummy"}, new double[]{0}), example, 1f);
        Regressor out = surrogate.predict(asRegression).getOutput();
        String[] names = out.getNames();
        double[] values = out.getValues();
        for (int i = 0; i < names.length; i++) {
            if (FeatureExtractor.SUCCESS.getLabel().equals(names[i])) {
                return values[i];
            }
        }
        return 0;
    }

    // ---- plain words ------------------------------------------------------------------------

    /** The raw value of each factor that descriptions compare across partners. */
    private static final Map<String, Function<PartnerFeatures, Double>> RAW = new LinkedHashMap<>();

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
                                    + String.join(", ", r.strongIndustries().stream().map(Explainer::words).toList()) + ")";
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
                    + String.join(", ", r.strongIndustries().stream().map(Explainer::words).toList()));
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

    /** The calibration's log-odds of a probability (for callers that add contributions up). */
    public static double logOdds(double probability) {
        return Calibration.logit(probability);
    }
}
