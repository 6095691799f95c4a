package com.ecosystemgraph.scoring.serving;

import com.ecosystemgraph.scoring.features.FeatureExtractor;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.Calibration;
import com.ecosystemgraph.scoring.model.IppModel;
import com.ecosystemgraph.scoring.model.ModelCard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
    private final FactorWords words;
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
        this.words = new FactorWords(population);
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
            result.add(new Factor(e.getKey(), FactorWords.displayValue(e.getKey(), row), e.getValue(), words.describe(e.getKey(), row)));
        }
        result.sort(Comparator.comparingDouble((Factor f) -> -Math.abs(f.contribution())).thenComparing(Factor::feature));
        return new Explanation(row.id(), probability, method, List.copyOf(result), words.graphReasons(row));
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

    /** The calibration's log-odds of a probability (for callers that add contributions up). */
    public static double logOdds(double probability) {
        return Calibration.logit(probability);
    }
}
