package com.ecosystemgraph.training;

import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.model.ModelCard.Estimate;
import java.util.Locale;
import java.util.Map;

/** Renders a model card as Markdown for people ({@code model-card.md}). */
final class CardMarkdown {

    private CardMarkdown() {
    }

    static String render(ModelCard c) {
        StringBuilder md = new StringBuilder();
        md.append("# Model card: Ideal Partner Profile model ").append(c.modelVersion()).append("\n\n");
        md.append("Trained ").append(c.trainedAt()).append(" with Tribuo ").append(c.tribuoVersion()).append(". ")
                .append("Model file `").append(c.modelFile()).append("` (Tribuo protobuf), SHA-256 `").append(c.modelSha256()).append("`.\n\n");
        md.append("## What it predicts\n\n").append(c.label().text()).append("\n\n");
        md.append("Scores are the calibrated probability of that outcome (").append(c.calibration().method())
                .append(String.format(Locale.ROOT, " scaling, slope %.3f, intercept %.3f", c.calibration().slope(), c.calibration().intercept()))
                .append(", fitted on out-of-fold predictions).\n\n");
        ModelCard.Data d = c.data();
        md.append("## Data\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| snapshot date | ").append(d.snapshotDate()).append(" |\n");
        md.append("| revenue window | ").append(d.windowStart()).append(" to ").append(d.snapshotDate()).append(" |\n");
        md.append("| signed partners / prospects in the graph | ").append(d.partners()).append(" / ").append(d.prospects()).append(" |\n");
        md.append("| labelled partners (positive) | ").append(d.labelled()).append(" (").append(d.positives()).append(") |\n");
        md.append("| training part (positive) | ").append(d.train()).append(" (").append(d.trainPositives()).append(") |\n");
        md.append("| held-out test part (positive) | ").append(d.test()).append(" (").append(d.testPositives()).append(") |\n\n");
        md.append("## Trainer\n\n").append("Chosen: **").append(c.trainer()).append("**, ").append(c.trainerReason()).append(".\n\n");
        md.append("| candidate | cross-validated AUC | sd | seconds | note |\n|---|---|---|---|---|\n");
        for (ModelCard.Candidate k : c.candidates()) {
            md.append("| ").append(k.description()).append(" | ").append(f(k.cvAuc())).append(" | ").append(f(k.cvAucSd()))
                    .append(" | ").append(String.format(Locale.ROOT, "%.1f", k.trainSeconds())).append(" | ").append(k.note()).append(" |\n");
        }
        ModelCard.Metrics m = c.metrics();
        md.append("\n## Held-out evaluation (95% intervals)\n\n");
        md.append("| metric | value |\n|---|---|\n");
        md.append("| AUC (DeLong) | ").append(e(m.auc())).append(" |\n");
        md.append("| average precision (bootstrap) | ").append(e(m.averagePrecision())).append(" |\n");
        md.append("| Brier score (bootstrap) | ").append(e(m.brier())).append(" |\n");
        md.append("| expected calibration error (10 bins) | ").append(f(m.ece())).append(" |\n");
        md.append("| positive rate | ").append(f(m.positiveRate())).append(" |\n");
        md.append("| recommended threshold (best F1 out of fold) | ").append(f(m.threshold())).append(" |\n");
        md.append("| precision / recall at the threshold | ").append(f(m.precision())).append(" / ").append(f(m.recall())).append(" |\n\n");
        md.append("### Against the rankings used today (same held-out set)\n\n");
        md.append("| ranking | AUC | model minus ranking (paired DeLong) |\n|---|---|---|\n");
        for (ModelCard.Baseline b : c.baselines()) {
            md.append("| ").append(b.name()).append(": ").append(b.description()).append(" | ").append(e(b.auc())).append(" | ")
                    .append(e(b.difference())).append(" |\n");
        }
        if (c.oracle() != null) {
            md.append("\n### Against the best achievable\n\n");
            md.append("The true success probabilities (").append(c.oracle().source()).append(") rank the same ")
                    .append(c.oracle().matched()).append(" held-out partners with AUC ").append(e(c.oracle().auc()))
                    .append(String.format(Locale.ROOT, "; the model reaches %.1f%% of it.%n", 100 * c.oracle().ratio()));
        }
        md.append("\n### Lift by decile\n\n| decile (1 = top 10%) | partners | positive | lift |\n|---|---|---|---|\n");
        for (ModelCard.Lift l : c.liftByDecile()) {
            md.append("| ").append(l.decile()).append(" | ").append(l.count()).append(" | ").append(l.positives()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", l.lift())).append(" |\n");
        }
        md.append("\nPlots: `roc.png`, `calibration.png`, `lift.png`.\n\n");
        md.append("## Features (schema ").append(c.featureSchema()).append(")\n\n");
        md.append("Only what is known for a prospect too; nothing from the partner's own deals, revenue or investments. ")
                .append("Explanations: ").append(c.explanationMethod()).append(".\n\n");
        md.append("| feature | training mean | sd |\n|---|---|---|\n");
        for (String name : c.features()) {
            ModelCard.FeatureStat s = c.featureStats().get(name);
            md.append("| `").append(name).append("` | ").append(s == null ? "" : f(s.mean())).append(" | ")
                    .append(s == null ? "" : f(s.sd())).append(" |\n");
        }
        md.append("\n## Settings\n\n");
        for (Map.Entry<String, String> s : c.settings().entrySet()) {
            md.append("- ").append(s.getKey()).append(": ").append(s.getValue()).append('\n');
        }
        md.append("\n## Tribuo provenance\n\n```\n").append(c.provenance()).append("\n```\n");
        return md.toString();
    }

    private static String f(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "n/a";
    }

    private static String e(Estimate est) {
        return est == null ? "n/a" : f(est.value()) + " [" + f(est.low()) + ", " + f(est.high()) + "]";
    }
}
