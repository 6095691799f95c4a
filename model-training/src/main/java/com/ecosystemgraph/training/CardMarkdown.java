package com.ecosystemgraph.training;

import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.model.ModelCard.Estimate;
import com.ecosystemgraph.scoring.shift.FeatureBins;
import com.ecosystemgraph.scoring.shift.FeatureShift;
import com.ecosystemgraph.scoring.shift.ShiftReport;
import java.util.Locale;
import java.util.Map;

/** Renders a model card as Markdown for people ({@code model-card.md}). */
final class CardMarkdown {

    private CardMarkdown() {
    }

    static String render(ModelCard c) {
        StringBuilder md = new StringBuilder();
        md.append("# Model card: Ideal Partner Profile model ").append(c.modelVersion()).append("\n\n");
        md.append("Trained ").append(c.trainedAt()).append(" with Tribuo ").append(c.tribuoVersion()).append(".\n\n");
        md.append("## What it predicts\n\n").append(c.label().text()).append("\n\n");
        md.append("## Which model scores whom\n\n");
        md.append("- **Prospect model** (`").append(c.modelFile()).append("`, ").append(c.trainer())
                .append(", pre-signing facts only): scores ")
                .append(String.join(" and ", c.scores())).append(". ").append(c.scoresReason()).append("\n");
        if (c.partnerModel() != null) {
            ModelCard p = c.partnerModel();
            md.append("- **Partner model** (`").append(p.modelFile()).append("`, ").append(p.trainer())
                    .append(", engagement and all referrals too): scores ")
                    .append(String.join(" and ", p.scores())).append(". ").append(p.scoresReason()).append("\n");
        }
        ModelCard.Data d = c.data();
        md.append("\n## Data\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| snapshot date | ").append(d.snapshotDate()).append(" |\n");
        md.append("| revenue window | ").append(d.windowStart()).append(" to ").append(d.snapshotDate()).append(" |\n");
        md.append("| signed partners / prospects in the graph | ").append(d.partners()).append(" / ").append(d.prospects()).append(" |\n");
        md.append("| labelled partners (positive) | ").append(d.labelled()).append(" (").append(d.positives()).append(") |\n");
        md.append("| training part (positive) | ").append(d.train()).append(" (").append(d.trainPositives()).append(") |\n");
        md.append("| held-out test part (positive) | ").append(d.test()).append(" (").append(d.testPositives()).append(") |\n\n");
        model(md, "Prospect model", c);
        if (c.partnerModel() != null) {
            model(md, "Partner model", c.partnerModel());
        }
        shift(md, c);
        md.append("\n## Settings\n\n");
        for (Map.Entry<String, String> s : c.settings().entrySet()) {
            md.append("- ").append(s.getKey()).append(": ").append(s.getValue()).append('\n');
        }
        md.append("\n## Tribuo provenance\n\n```\n").append(c.provenance()).append("\n```\n");
        return md.toString();
    }

    private static void model(StringBuilder md, String title, ModelCard c) {
        md.append("## ").append(title).append("\n\n");
        md.append("Model file `").append(c.modelFile()).append("` (Tribuo protobuf), SHA-256 `").append(c.modelSha256()).append("`. ");
        md.append("Scores are the calibrated probability of the label (").append(c.calibration().method())
                .append(String.format(Locale.ROOT, " scaling, slope %.3f, intercept %.3f", c.calibration().slope(),
                        c.calibration().intercept()))
                .append(", fitted on out-of-fold predictions).\n\n");
        trainer(md, c);
        evaluation(md, c);
        comparisons(md, c);
        features(md, c);
    }

    /** The trainer chosen and the candidates it was compared with. */
    private static void trainer(StringBuilder md, ModelCard c) {
        md.append("### Trainer\n\n").append("Chosen: **").append(c.trainer()).append("**, ").append(c.trainerReason()).append(". ")
                .append("The served model is this trainer fitted again on all ").append(c.data().servedFittedOn())
                .append(" labelled partners after the held-out evaluation; the metrics below are of its fit on the training part.\n\n");
        md.append("| candidate | cross-validated AUC | sd | seconds | note |\n|---|---|---|---|---|\n");
        for (ModelCard.Candidate k : c.candidates()) {
            md.append("| ").append(k.description()).append(" | ").append(f(k.cvAuc())).append(" | ").append(f(k.cvAucSd()))
                    .append(" | ").append(String.format(Locale.ROOT, "%.1f", k.trainSeconds())).append(" | ").append(k.note())
                    .append(" |\n");
        }
    }

    /** The held-out metrics, as the partners are and seen as prospects. */
    private static void evaluation(StringBuilder md, ModelCard c) {
        ModelCard.Metrics m = c.metrics();
        md.append("\n### Held-out evaluation (95% intervals)\n\n");
        md.append("| metric | held-out partners | seen as prospects |\n|---|---|---|\n");
        ModelCard.ProspectLike pl = c.prospectLike();
        md.append("| AUC (DeLong) | ").append(e(m.auc())).append(" | ").append(pl == null ? "n/a" : e(pl.auc())).append(" |\n");
        if (pl != null) {
            md.append("| prospect-like minus partner AUC (paired DeLong) | | ").append(e(pl.differenceFromPartners())).append(" |\n");
        }
        md.append("| average precision (bootstrap) | ").append(e(m.averagePrecision())).append(" | |\n");
        md.append("| Brier score (bootstrap) | ").append(e(m.brier())).append(" | |\n");
        md.append("| expected calibration error (10 bins) | ").append(f(m.ece())).append(" | |\n");
        md.append("| positive rate | ").append(f(m.positiveRate())).append(" | |\n");
        md.append("| recommended threshold (best F1 out of fold) | ").append(f(m.threshold())).append(" | |\n");
        md.append("| precision / recall at the threshold | ").append(f(m.precision())).append(" / ").append(f(m.recall())).append(" | |\n");
        if (c.oracle() != null) {
            md.append("| expected AUC / best achievable (true probabilities) | ").append(f(c.oracle().expectedAucRatio()))
                    .append(" | ").append(pl == null ? "n/a" : f(pl.expectedAucRatio())).append(" |\n");
        }
        if (pl != null) {
            md.append("\nSeen as prospects: ").append(pl.description()).append(".\n");
        }
    }

    /** The model against today's rankings, the best achievable and by decile. */
    private static void comparisons(StringBuilder md, ModelCard c) {
        md.append("\n#### Against the rankings used today (same held-out set)\n\n");
        md.append("| ranking | AUC | model minus ranking (paired DeLong) |\n|---|---|---|\n");
        for (ModelCard.Baseline b : c.baselines()) {
            md.append("| ").append(b.name()).append(": ").append(b.description()).append(" | ").append(e(b.auc())).append(" | ")
                    .append(e(b.difference())).append(" |\n");
        }
        if (c.oracle() != null) {
            md.append("\n#### Against the best achievable\n\n");
            md.append("The true success probabilities (").append(c.oracle().source()).append(") rank the same ")
                    .append(c.oracle().matched()).append(" held-out partners with AUC ").append(e(c.oracle().auc()))
                    .append(String.format(Locale.ROOT, "; the model reaches %.1f%% of it.", 100 * c.oracle().ratio()));
            if (c.oracle().prospectExpectedAucRatio() != null) {
                md.append(String.format(Locale.ROOT,
                        " Over the %d prospects it scored, its expected AUC is %.1f%% of the true probabilities'.",
                        c.oracle().prospectsMatched(), 100 * c.oracle().prospectExpectedAucRatio()));
            }
            md.append('\n');
        }
        md.append("\n#### Lift by decile\n\n| decile (1 = top 10%) | partners | positive | lift |\n|---|---|---|---|\n");
        for (ModelCard.Lift l : c.liftByDecile()) {
            md.append("| ").append(l.decile()).append(" | ").append(l.count()).append(" | ").append(l.positives()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", l.lift())).append(" |\n");
        }
    }

    /** The features and their training statistics. */
    private static void features(StringBuilder md, ModelCard c) {
        md.append("\n### Features (schema ").append(c.featureSchema()).append(", set ").append(c.featureSet()).append(")\n\n");
        md.append("Nothing from the partner's own deals, revenue or investments. Explanations: ").append(c.explanationMethod())
                .append(".\n\n");
        md.append("| feature | training mean | sd |\n|---|---|---|\n");
        for (String name : c.features()) {
            ModelCard.FeatureStat s = c.featureStats().get(name);
            md.append("| `").append(name).append("` | ").append(s == null ? "" : f(s.mean())).append(" | ")
                    .append(s == null ? "" : f(s.sd())).append(" |\n");
        }
        md.append('\n');
    }

    private static void shift(StringBuilder md, ModelCard c) {
        ShiftReport shift = c.shift();
        if (shift == null) {
            return;
        }
        md.append("## Shift: today's prospects against the training partners\n\n");
        md.append(String.format(Locale.ROOT, "Population stability index of every feature, %d prospects against %d training partners"
                + " (bins: the training partners' deciles, or one per value for a feature with at most %d values). PSI above %.2f is"
                + " flagged; a flagged feature the prospect model reads puts a low-confidence note on every prospect score.%n%n",
                shift.prospects(), shift.trainingPartners(), FeatureBins.MAX_BINS, ShiftReport.FLAG_ABOVE));
        md.append(shift.lowConfidence()
                ? "**" + shift.lowConfidenceNote() + ".**\n\n"
                : "No feature the prospect model reads shifted beyond the threshold.\n\n");
        md.append("| feature | read by the prospect model | PSI | |\n|---|---|---|---|\n");
        for (FeatureShift f : shift.features()) {
            md.append("| `").append(f.feature()).append("` | ").append(f.usedByProspectModel() ? "yes" : "no").append(" | ")
                    .append(f.computable() ? f(f.psi()) : f.note()).append(" | ").append(f.flagged() ? "**shifted**" : "").append(" |\n");
        }
    }

    private static String f(Double v) {
        return v == null ? "n/a" : f(v.doubleValue());
    }

    private static String f(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "n/a";
    }

    private static String e(Estimate est) {
        return est == null ? "n/a" : f(est.value()) + " [" + f(est.low()) + ", " + f(est.high()) + "]";
    }
}
