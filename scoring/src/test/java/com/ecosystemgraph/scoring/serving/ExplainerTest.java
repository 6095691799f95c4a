package com.ecosystemgraph.scoring.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.scoring.features.FeatureExtractor;
import com.ecosystemgraph.scoring.features.PartnerFeatures;
import com.ecosystemgraph.scoring.model.Calibration;
import com.ecosystemgraph.scoring.model.Golden;
import com.ecosystemgraph.scoring.model.IppModel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.transform.TransformedModel;

class ExplainerTest {

    private final IppModel model = Golden.prospectModel();
    private final List<PartnerFeatures> rows = Golden.rows();

    @Test
    void linearContributionsAddUpToTheScoresLogOdds() {
        Explainer explainer = new Explainer(model, rows, 1);
        assertThat(explainer.method()).isEqualTo("exact-linear");
        LinearSGDModel inner = (LinearSGDModel) ((TransformedModel<?>) model.tribuoModel()).getInnerModel();
        var w = inner.getWeightsCopy();
        int success = inner.getOutputIDInfo().getID(FeatureExtractor.SUCCESS);
        int other = inner.getOutputIDInfo().getID(FeatureExtractor.OTHER);
        int bias = w.getDimension2Size() - 1;
        Calibration c = model.calibration();
        double intercept = c.slope() * (w.get(success, bias) - w.get(other, bias)) + c.intercept();
        for (PartnerFeatures row : rows) {
            Explanation e = explainer.explain(row);
            double sum = e.factors().stream().mapToDouble(Factor::contribution).sum();
            assertThat(intercept + sum).as(row.id()).isCloseTo(Calibration.logit(e.probability()), within(1e-6));
            assertThat(e.probability()).isCloseTo(model.probability(row), within(1e-12));
        }
    }

    @Test
    void factorsArePlainWordsLargestFirstWithBothSigns() {
        Explainer explainer = new Explainer(model, rows, 1);
        List<Explanation> all = rows.stream().map(explainer::explain).toList();
        assertThat(all).allSatisfy(e -> {
            assertThat(e.factors()).isSortedAccordingTo((x, y) -> Double.compare(Math.abs(y.contribution()), Math.abs(x.contribution())));
            assertThat(e.factors()).allSatisfy(f -> assertThat(f.description()).isNotBlank().doesNotContain("null"));
        });
        assertThat(all).anySatisfy(e -> assertThat(e.positive()).isNotEmpty());
        assertThat(all).anySatisfy(e -> assertThat(e.negative()).isNotEmpty());
        assertThat(all).flatExtracting(Explanation::factors).extracting(Factor::description)
                .anySatisfy(d -> assertThat(d)
                        .matches(".*certified staff: (top|bottom) \\d+% of partners|.*certified staff: about the median partner"));
    }

    @Test
    void theProspectModelsFactorsArePreSigningFactsOnly() {
        Explainer explainer = new Explainer(model, rows, 1);
        List<String> factors = rows.stream().flatMap(r -> explainer.explain(r).factors().stream()).map(Factor::feature).distinct().toList();
        assertThat(factors).isNotEmpty().doesNotContain("portalLogins", "trainings", "contentDownloads", "referralsMade");
        PartnerFeatures partner = com.ecosystemgraph.scoring.features.PartnerFeaturesFixtures.strongReseller();
        assertThat(new FactorWords(rows).describe("referralsMadeBeforeSigning", partner))
                .isEqualTo("referred nobody to us before it signed");
    }

    @Test
    void describesValuesAgainstTheReferencePartners() {
        Explainer explainer = new Explainer(model, rows, 1);
        PartnerFeatures row = rows.getFirst();
        assertThat(new FactorWords(rows).rank("certifiedStaff", 1_000_000)).isEqualTo("top 1% of partners");
        assertThat(new FactorWords(rows).rank("certifiedStaff", -1)).isEqualTo("bottom 1% of partners");
        assertThat(new FactorWords(rows).describe("type", row)).isEqualTo("a " + row.type() + " partner");
    }

    @Test
    void graphReasonsNameTheReferrerAndTheOverlap() {
        Explainer explainer = new Explainer(model, rows, 1);
        PartnerFeatures referred = com.ecosystemgraph.scoring.features.PartnerFeaturesFixtures.strongReseller();
        assertThat(new FactorWords(rows).graphReasons(referred)).contains(
                "serves 16 of our customers (4 enterprise)",
                "referred by Beacon Cloud, a gold partner, who has referred 6 companies",
                "built 2 integrations with our product, the deepest at level 3 (unified experience)",
                "7 of our customers use its integrations",
                "works in our strong industries: healthcare");
    }
}
