package com.ecosystemgraph.training;

import com.ecosystemgraph.scoring.model.IppModel;
import com.ecosystemgraph.scoring.model.ModelCard.Candidate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * Choosing a trainer: stratified folds of the training part, every candidate cross-validated on them
 * (folds in parallel), and the choice with its reason in words for the card.
 */
final class CrossValidation {

    private final TrainingOptions options;
    private final TrainingProgress progress;

    CrossValidation(TrainingOptions options, TrainingProgress progress) {
        this.options = options;
        this.progress = progress;
    }

    /**
     * Cross-validates every trainer that can run (the others are noted as skipped), adding each to
     * {@code candidates}.
     *
     * @return the out-of-fold raw predictions of each trainer that ran, in the trainers' order
     */
    Map<CandidateTrainer, double[]> crossValidateAll(List<CandidateTrainer> trainers, String model,
            List<Example<Label>> trainExamples,
            boolean[] trainLabels, int[] folds, List<Candidate> candidates) {
        Map<CandidateTrainer, double[]> oof = new LinkedHashMap<>();
        for (CandidateTrainer candidate : trainers) {
            Optional<String> problem = candidate.unavailable();
            if (problem.isPresent()) {
                progress.note(candidate + " skipped: " + problem.get());
                candidates.add(new Candidate(candidate.name(), candidate.description(), Double.NaN, Double.NaN, List.of(), 0,
                        "skipped: " + problem.get()));
                continue;
            }
            progress.step("Cross-validating " + candidate.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + model + ")",
                    options.folds());
            long started = System.nanoTime();
            double[] predictions = new double[trainExamples.size()];
            List<Double> foldAucs = crossValidate(candidate, trainExamples, trainLabels, folds, predictions);
            double seconds = (System.nanoTime() - started) / 1e9;
            double mean = foldAucs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double sd = Math.sqrt(foldAucs.stream().mapToDouble(a -> (a - mean) * (a - mean)).sum() / Math.max(1, foldAucs.size() - 1));
            candidates.add(new Candidate(candidate.name(), candidate.description(), mean, sd, List.copyOf(foldAucs), seconds, ""));
            oof.put(candidate, predictions);
        }
        if (oof.isEmpty()) {
            throw new IllegalStateException("No candidate trainer could run: " + candidates);
        }
        return oof;
    }

    /** The best by mean CV AUC, unless a simpler one is within simplerWithin of it. */
    Choice choose(List<Candidate> candidates, Set<CandidateTrainer> ran) {
        CandidateTrainer best = null;
        double bestAuc = Double.NEGATIVE_INFINITY;
        for (Candidate c : candidates) {
            if (Double.isFinite(c.cvAuc()) && c.cvAuc() > bestAuc) {
                bestAuc = c.cvAuc();
                best = CandidateTrainer.valueOf(c.name());
            }
        }
        CandidateTrainer chosen = best;
        for (CandidateTrainer c : ran) {
            double auc = cvAuc(candidates, c);
            if (c.ordinal() < chosen.ordinal() && auc >= bestAuc - options.simplerWithin()) {
                chosen = c;
                break;
            }
        }
        return new Choice(best, chosen);
    }

    /** The best trainer by mean cross-validated AUC, and the one chosen: a simpler one within simplerWithin of it, else the best. */
    record Choice(CandidateTrainer best, CandidateTrainer chosen) {
    }

    static double cvAuc(List<Candidate> candidates, CandidateTrainer c) {
        return candidates.stream().filter(x -> x.name().equals(c.name())).mapToDouble(Candidate::cvAuc).findFirst().orElse(Double.NaN);
    }

    String reason(List<Candidate> candidates, CandidateTrainer chosen, CandidateTrainer best) {
        StringBuilder others = new StringBuilder();
        for (Candidate c : candidates) {
            if (!c.name().equals(chosen.name())) {
                others.append(others.isEmpty() ? "" : ", ").append(c.name()).append(' ')
                        .append(Double.isFinite(c.cvAuc()) ? String.format(Locale.ROOT, "%.3f", c.cvAuc()) : "skipped");
            }
        }
        double auc = cvAuc(candidates, chosen);
        String head = chosen == best
                ? String.format(Locale.ROOT, "highest %d-fold cross-validated AUC, %.3f", options.folds(), auc)
                : String.format(Locale.ROOT, "%d-fold cross-validated AUC %.3f is within %.3f of the best (%s, %.3f) and it is simpler%s",
                        options.folds(), auc, options.simplerWithin(), best.name(), cvAuc(candidates, best),
                        chosen == CandidateTrainer.LOGISTIC ? " with exact explanations" : "");
        return others.isEmpty() ? head : head + "; others: " + others;
    }

    /**
     * Fits the candidate once per fold (folds in parallel, one per core: each fit is independent
     * and seeded, so the result does not depend on the scheduling), fills the out-of-fold raw
     * probabilities and returns each fold's AUC.
     */
    private List<Double> crossValidate(CandidateTrainer candidate, List<Example<Label>> trainExamples, boolean[] trainLabels,
            int[] folds, double[] predictions) {
        int threads = Math.max(1, Math.min(options.folds(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ipp-cv");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Double>> results = new ArrayList<>();
            for (int f = 0; f < options.folds(); f++) {
                int fold = f;
                results.add(pool.submit(() -> {
                    List<Example<Label>> fit = new ArrayList<>();
                    List<Integer> held = new ArrayList<>();
                    for (int i = 0; i < trainExamples.size(); i++) {
                        if (folds[i] == fold) {
                            held.add(i);
                        } else {
                            fit.add(trainExamples.get(i));
                        }
                    }
                    Model<Label> model = candidate.create(options.seed()).train(Examples.dataset(fit, "cv fold " + fold));
                    List<Prediction<Label>> out = model.predict(held.stream().map(trainExamples::get).toList());
                    boolean[] hl = new boolean[held.size()];
                    double[] hp = new double[held.size()];
                    for (int j = 0; j < held.size(); j++) {
                        hp[j] = IppModel.successScore(out.get(j));
                        predictions[held.get(j)] = hp[j];
                        hl[j] = trainLabels[held.get(j)];
                    }
                    progress.advance();
                    return Metrics.auc(hl, hp);
                }));
            }
            List<Double> aucs = new ArrayList<>();
            for (Future<Double> r : results) {
                aucs.add(r.get());
            }
            return aucs;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Training was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Stratified fold of every training example. */
    int[] foldsOf(boolean[] labels) {
        int[] folds = new int[labels.length];
        Random rng = new Random(options.seed() + 1);
        for (boolean outcome : new boolean[]{true, false}) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == outcome) {
                    idx.add(i);
                }
            }
            Collections.shuffle(idx, rng);
            for (int j = 0; j < idx.size(); j++) {
                folds[idx.get(j)] = j % options.folds();
            }
        }
        return folds;
    }
}
