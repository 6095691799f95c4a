package com.ecosystemgraph.training;

import java.util.Locale;

/** The few lines a command prints after training (the service's train command can print them too). */
public final class TrainingSummary {

    private TrainingSummary() {
    }

    public static String of(TrainingResult r) {
        var c = r.card();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Model %s (%s) written to %s%n", c.modelVersion(), c.trainer(), r.directory()));
        s.append(String.format(Locale.ROOT, "Held-out AUC %.3f [%.3f, %.3f] on %d partners (%d positive)%n",
                c.metrics().auc().value(), c.metrics().auc().low(), c.metrics().auc().high(), c.data().test(), c.data().testPositives()));
        for (var b : c.baselines()) {
            s.append(String.format(Locale.ROOT, "  vs %s: AUC %.3f [%.3f, %.3f], difference %+.3f [%+.3f, %+.3f]%n", b.name(),
                    b.auc().value(), b.auc().low(), b.auc().high(), b.difference().value(), b.difference().low(), b.difference().high()));
        }
        if (c.oracle() != null) {
            s.append(String.format(Locale.ROOT, "  oracle AUC %.3f [%.3f, %.3f]; ours / oracle = %.3f%n", c.oracle().auc().value(),
                    c.oracle().auc().low(), c.oracle().auc().high(), c.oracle().ratio()));
        }
        s.append("See ").append(r.directory().resolve("model-card.md"));
        return s.toString();
    }
}
