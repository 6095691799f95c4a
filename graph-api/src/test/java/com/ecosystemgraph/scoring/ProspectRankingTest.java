package com.ecosystemgraph.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.scoring.ProspectRanking.FitRow;
import com.ecosystemgraph.scoring.ScoringService.ProspectFilter;
import com.ecosystemgraph.scoring.ScoringService.ScoredPartner;
import com.ecosystemgraph.scoring.features.FeatureExtractor.FeatureSet;
import com.ecosystemgraph.scoring.serving.PartnerScore;
import com.ecosystemgraph.scoring.serving.ScoreConfidence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The prospect ranking's arithmetic, without a database: the blend, the order, the ranks and the filter. */
class ProspectRankingTest {

    private static final Map<String, ScoredPartner> SCORES = Map.of(
            "P-1", scored("P-1", "Alpha", "EMEA", "reseller", List.of("Retail"), 0.80),
            "P-2", scored("P-2", "Beta", "NA", "consultancy", List.of("Banking", "Retail"), 0.40),
            "P-3", scored("P-3", "Gamma", "EMEA", "reseller", List.of("Health"), 0.40),
            "P-4", scored("P-4", "Delta", "APAC", "msp", List.of(), 0.10));

    private static final List<FitRow> FIT = List.of(
            new FitRow("P-1", 0.0, 0.0, 0.0, null, 0),
            new FitRow("P-2", 1.0, 0.5, 0.5, 2, 3),
            new FitRow("P-3", 1.0, 0.5, 0.5, 2, 1),
            new FitRow("P-4", 0.2, 0.0, 1.0, 1, 0),
            new FitRow("P-9", 1.0, 1.0, 1.0, 1, 9)); // no served score: left out

    private static ScoredPartner scored(String id, String name, String region, String type, List<String> industries, double probability) {
        int score = (int) Math.round(probability * 100);
        PartnerScore s = new PartnerScore(id, "prospect", probability, score, 50.0, FeatureSet.PROSPECT, ScoreConfidence.NORMAL, null);
        return new ScoredPartner(id, name, "prospect", region, type, industries, "v1", s);
    }

    @Test
    void theBlendIsTheWeightedSumOfTheComponentsWithNormalisedWeights() {
        // weights 2:1:1:0 normalise to 0.5, 0.25, 0.25, 0
        List<RankedProspect> ranked = ProspectRanking.rank(SCORES, FIT, null, new FitWeights(2, 1, 1, 0));

        RankedProspect beta = ranked.stream().filter(p -> p.id().equals("P-2")).findFirst().orElseThrow();
        assertThat(beta.blend()).isCloseTo(0.5 * 0.40 + 0.25 * 1.0 + 0.25 * 0.5, within(1e-12));
        assertThat(beta.weights()).isEqualTo(new FitWeights(0.5, 0.25, 0.25, 0));
        assertThat(beta.ippProbability()).isEqualTo(0.40);
        assertThat(beta.referralHops()).isEqualTo(2);
        assertThat(beta.servedCustomers()).isEqualTo(3);
        assertThat(beta.name()).isEqualTo("Beta");
        assertThat(beta.modelVersion()).isEqualTo("v1");
    }

    @Test
    void prospectsAreOrderedByBlendThenIdAndNumberedFromOne() {
        List<RankedProspect> ranked = ProspectRanking.rank(SCORES, FIT, null, FitWeights.DEFAULT);

        // default 0.6/0.15/0.1/0.15: P-2 and P-3 tie at 0.24+0.15+0.05+0.075 = 0.515, P-1 0.48, P-4 0.06+0.03+0.15 = 0.24
        assertThat(ranked).extracting(RankedProspect::id).containsExactly("P-2", "P-3", "P-1", "P-4");
        assertThat(ranked).extracting(RankedProspect::rank).containsExactly(1, 2, 3, 4);
        assertThat(ranked.get(0).blend()).isCloseTo(0.515, within(1e-12));
        assertThat(ranked.get(1).blend()).isEqualTo(ranked.get(0).blend());
    }

    @Test
    void withoutWeightsTheDefaultBlendIsUsed() {
        assertThat(ProspectRanking.rank(SCORES, FIT, null, null)).isEqualTo(ProspectRanking.rank(SCORES, FIT, null, FitWeights.DEFAULT));
    }

    @Test
    void theFilterKeepsMatchingProspectsIgnoringCaseAndRanksThemAmongThemselves() {
        assertThat(ProspectRanking.rank(SCORES, FIT, new ProspectFilter("emea", null, null, null), null))
                .extracting(RankedProspect::id, RankedProspect::rank).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("P-3", 1), org.assertj.core.groups.Tuple.tuple("P-1", 2));
        assertThat(ProspectRanking.rank(SCORES, FIT, new ProspectFilter(null, "RESELLER", "retail", null), null))
                .extracting(RankedProspect::id).containsExactly("P-1");
        assertThat(ProspectRanking.rank(SCORES, FIT, new ProspectFilter(null, null, "Retail", null), null))
                .extracting(RankedProspect::id).containsExactly("P-2", "P-1");
        assertThat(ProspectRanking.rank(SCORES, FIT, new ProspectFilter(null, null, null, 40), null))
                .extracting(RankedProspect::id).containsExactly("P-2", "P-3", "P-1");
        assertThat(ProspectRanking.rank(SCORES, FIT, new ProspectFilter(null, null, null, 100), null)).isEmpty();
    }

    @Test
    void aMinScoreOutsideZeroToHundredIsRefused() {
        assertThatThrownBy(() -> ProspectRanking.rank(SCORES, FIT, new ProspectFilter(null, null, null, 101), null))
                .isInstanceOf(BadRequestException.class).hasMessage("minScore must be between 0 and 100");
        assertThatThrownBy(() -> ProspectRanking.rank(SCORES, FIT, new ProspectFilter(null, null, null, -1), null))
                .isInstanceOf(BadRequestException.class).hasMessage("minScore must be between 0 and 100");
    }

    @Test
    void negativeWeightsAreRefused() {
        assertThatThrownBy(() -> ProspectRanking.rank(SCORES, FIT, null, new FitWeights(-1, 1, 1, 1)))
                .isInstanceOf(BadRequestException.class).hasMessage("Blend weights must be finite and not negative");
    }
}
