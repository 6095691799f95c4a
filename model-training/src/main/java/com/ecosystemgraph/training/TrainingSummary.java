package com.ecosystemgraph.training;

import java.util.Locale;

/** The few lines a command prints after training (the service's train command can print them too). */
public final class TrainingSummary {

    private TrainingSummary() {
    }

    public static String of(TrainingResult r) {
        var c = r.card();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Model %s written to %s: prospect model %s (scores %s)%s%n", c.modelVersion(), r.directory(),
                c.trainer(), String.join(" and ", c.scores()),
                c.partnerModel() == null
                        ? ""
                        : ", partner model " + c.partnerModel().trainer()
                                + " (scores partners)"));
        s.append(String.format(Locale.ROOT,
                "Held-out AUC %.3f [%.3f, %.3f] on %d partners (%d positive); seen as prospects %.3f [%.3f, %.3f]%n",
                c.metrics().auc().value(), c.metrics().auc().low(), c.metrics().auc().high(), c.data().test(), c.data().testPositives(),
                c.prospectLike().auc().value(), c.prospectLike().auc().low(), c.prospectLike().auc().high()));
        if (c.partnerModel() != null) {
            var pm = c.partnerModel();
            s.append(String.format(Locale.ROOT, "Partner model held-out AUC %.3f [%.3f, %.3f]; seen as prospects %.3f%n",
                    pm.metrics().auc().value(),
                    pm.metrics().auc().low(), pm.metrics().auc().high(), pm.prospectLike().auc().value()));
        }
        for (var b : c.baselines()) {
            s.append(String.format(Locale.ROOT, "  vs %s: AUC %.3f [%.3f, %.3f], difference %+.3f [%+.3f, %+.3f]%n", b.name(),
                    b.auc().value(), b.auc().low(), b.auc().high(), b.difference().value(), b.difference().low(), b.difference().high()));
        }
        if (c.oracle() != null) {
            s.append(String.format(Locale.ROOT, "  oracle AUC %.3f [%.3f, %.3f]; ours / oracle = %.3f%n", c.oracle().auc().value(),
                    c.oracle().auc().low(), c.oracle().auc().high(), c.oracle().ratio()));
            if (c.oracle().prospectExpectedAucRatio() != null) {
                s.append(String.format(Locale.ROOT,
                        "  prospects: expected AUC / best achievable = %.3f (%d prospects); held-out partners seen as prospects %.3f%n",
                        c.oracle().prospectExpectedAucRatio(), c.oracle().prospectsMatched(),
                        c.prospectLike().expectedAucRatio() == null ? Double.NaN : c.prospectLike().expectedAucRatio()));
            }
        }
        if (c.shift() != null && c.shift().lowConfidence()) {
            s.append("  ").append(c.shift().lowConfidenceNote()).append('\n');
        }
        s.append("See ").append(r.directory().resolve("model-card.md"));
        return s.toString();
    }
}
