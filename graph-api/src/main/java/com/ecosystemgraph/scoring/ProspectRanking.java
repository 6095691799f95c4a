package com.ecosystemgraph.scoring;

import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.scoring.ScoringService.ProspectFilter;
import com.ecosystemgraph.scoring.ScoringService.ScoredPartner;
import com.ecosystemgraph.scoring.serving.PartnerScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import com.ecosystemgraph.graph.TopPerformers;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.Record;

/**
 * The recruiters' prospect ranking: a pure function of the served scores, the prospects' ecosystem
 * fit (read by {@link #readFit}), the filter and the blend weights, so its arithmetic is tested
 * without a database ({@code ProspectRankingTest}).
 */
final class ProspectRanking {

    /** How a prospect fits the ecosystem, as {@code scoring/prospect-fit} reads it. */
    record FitRow(String id, double customerOverlap, double segmentCoverage, double referralProximity, Integer hops, long served) {
    }

    private ProspectRanking() {
    }

    /** The fit of every prospect (one read transaction). */
    static List<FitRow> readFit(ScoringState state) {
        return state.read(tx -> tx.run(CypherStatements.query("scoring/prospect-fit"), TopPerformers.bind(new HashMap<>()))
                .list(ProspectRanking::fitRow));
    }

    private static FitRow fitRow(Record r) {
        return new FitRow(r.get("id").asString(), r.get("customerOverlap").asDouble(), r.get("segmentCoverage").asDouble(),
                r.get("referralProximity").asDouble(), r.get("hops").isNull() ? null : r.get("hops").asInt(), r.get("served").asLong());
    }

    /**
     * Every prospect of {@code fit} that has a served score and matches the filter, ranked by the
     * blend (highest first, then id) and numbered from 1.
     *
     * @param weights null for {@link FitWeights#DEFAULT}; normalised here
     * @throws BadRequestException for a minScore outside 0-100 (when a scored prospect is filtered) or bad weights
     */
    static List<RankedProspect> rank(Map<String, ScoredPartner> scores, List<FitRow> fit, ProspectFilter filter, FitWeights weights) {
        FitWeights w = (weights == null ? FitWeights.DEFAULT : weights).normalised();
        List<RankedProspect> ranked = new ArrayList<>();
        for (FitRow r : fit) {
            ScoredPartner scored = scores.get(r.id());
            if (scored == null || !matches(filter, scored)) {
                continue;
            }
            PartnerScore score = scored.score();
            double blend = w.ipp() * score.probability() + w.customerOverlap() * r.customerOverlap()
                    + w.segmentCoverage() * r.segmentCoverage()
                    + w.referralProximity() * r.referralProximity();
            ranked.add(new RankedProspect(r.id(), scored.name(), 0, blend, score.probability(), r.customerOverlap(), r.segmentCoverage(),
                    r.referralProximity(), r.hops(), r.served(), w, scored.version(), score.model(), score.confidence(), score.note()));
        }
        ranked.sort(Comparator.comparingDouble(RankedProspect::blend).reversed().thenComparing(RankedProspect::id));
        List<RankedProspect> numbered = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            numbered.add(ranked.get(i).withRank(i + 1));
        }
        return numbered;
    }

    private static boolean matches(ProspectFilter f, ScoredPartner p) {
        if (f == null) {
            return true;
        }
        if (f.minScore() != null && (f.minScore() < 0 || f.minScore() > 100)) {
            throw new BadRequestException("minScore must be between 0 and 100");
        }
        return (f.region() == null || f.region().equalsIgnoreCase(String.valueOf(p.region())))
                && (f.type() == null || f.type().equalsIgnoreCase(String.valueOf(p.type())))
                && (f.industry() == null || p.industries().stream().anyMatch(i -> i.equalsIgnoreCase(f.industry())))
                && (f.minScore() == null || p.score().score() >= f.minScore());
    }
}
