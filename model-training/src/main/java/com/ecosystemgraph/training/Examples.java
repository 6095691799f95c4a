package com.ecosystemgraph.training;

import com.ecosystemgraph.scoring.features.FeatureExtractor;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.ModelCard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Labelled rows as Tribuo examples and datasets, and the feature statistics a card records. */
final class Examples {

    private Examples() {
    }

    static boolean[] labelsOf(List<PartnerFeatures> rows, Map<String, LabelledPartner> labels) {
        boolean[] l = new boolean[rows.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = labels.get(rows.get(i).id()).positive();
        }
        return l;
    }

    static List<Example<Label>> examples(FeatureExtractor extractor, List<PartnerFeatures> rows, boolean[] labels) {
        List<Example<Label>> examples = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            examples.add(extractor.generateExample(rows.get(i), labels[i] ? FeatureExtractor.SUCCESS : FeatureExtractor.OTHER));
        }
        return examples;
    }

    static MutableDataset<Label> dataset(List<Example<Label>> examples, String description) {
        return new MutableDataset<>(new ListDataSource<>(examples, FeatureExtractor.LABEL_FACTORY,
                new SimpleDataSourceProvenance("Ideal Partner Profile " + description, FeatureExtractor.LABEL_FACTORY)));
    }

    static Map<String, ModelCard.FeatureStat> featureStats(FeatureExtractor extractor, List<Example<Label>> examples) {
        List<String> names = extractor.featureNames();
        double[] sum = new double[names.size()];
        double[] sq = new double[names.size()];
        for (Example<Label> e : examples) {
            for (int j = 0; j < names.size(); j++) {
                org.tribuo.Feature f = e.lookup(names.get(j));
                double v = f == null ? 0 : f.getValue();
                sum[j] += v;
                sq[j] += v * v;
            }
        }
        Map<String, ModelCard.FeatureStat> stats = new LinkedHashMap<>();
        int n = Math.max(1, examples.size());
        for (int j = 0; j < names.size(); j++) {
            double mean = sum[j] / n;
            stats.put(names.get(j), new ModelCard.FeatureStat(mean, Math.sqrt(Math.max(0, sq[j] / n - mean * mean))));
        }
        return stats;
    }

    static int count(boolean[] b) {
        int n = 0;
        for (boolean x : b) {
            if (x) {
                n++;
            }
        }
        return n;
    }
}
