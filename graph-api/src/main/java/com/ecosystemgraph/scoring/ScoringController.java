package com.ecosystemgraph.scoring;

import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graphql.Cursor;
import com.ecosystemgraph.graphql.Filters;
import com.ecosystemgraph.graph.Vocabulary;
import com.ecosystemgraph.graph.Partner;
import com.ecosystemgraph.scoring.model.ModelCard;
import com.ecosystemgraph.scoring.serving.Explanation;
import com.ecosystemgraph.scoring.serving.Factor;
import com.ecosystemgraph.scoring.shift.ShiftReport;
import com.ecosystemgraph.audit.AuditTrail;
import com.ecosystemgraph.jobs.Job;
import com.ecosystemgraph.jobs.JobStatus;
import com.ecosystemgraph.scoring.model.ModelLoadException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import com.ecosystemgraph.security.AdminAccess;
import com.ecosystemgraph.security.RecruiterAccess;
import com.ecosystemgraph.security.ViewerAccess;

/** The GraphQL fields of the Ideal Partner Profile model (schema: graphql/scoring.graphqls). */
@Controller
@ViewerAccess
class ScoringController {

    private final ScoringService scoring;

    ScoringController(ScoringService scoring) {
        this.scoring = scoring;
    }

    /** All potentials of a batch of partners in one call (no N+1). */
    @BatchMapping(typeName = "Partner", field = "potential")
    Map<Partner, PartnerPotential> potential(List<Partner> partners) {
        Map<String, PartnerPotential> byId = scoring.potentials(partners.stream().map(Partner::id).toList());
        Map<Partner, PartnerPotential> result = new LinkedHashMap<>();
        for (Partner p : partners) {
            result.put(p, byId.get(p.id()));
        }
        return result;
    }

    @SchemaMapping(typeName = "PartnerPotential", field = "factors")
    List<Factor> factors(PartnerPotential potential) {
        return scoring.explanation(potential.id()).map(Explanation::factors).orElse(List.of());
    }

    @SchemaMapping(typeName = "PartnerPotential", field = "graphReasons")
    List<String> graphReasons(PartnerPotential potential) {
        return scoring.explanation(potential.id()).map(Explanation::graphReasons).orElse(List.of());
    }

    @SchemaMapping(typeName = "PartnerPotential", field = "explanationMethod")
    String explanationMethod(PartnerPotential potential) {
        return scoring.explanation(potential.id()).map(Explanation::method).orElse("none");
    }

    @QueryMapping
    ModelCard model() {
        return scoring.card().orElse(null);
    }

    @QueryMapping
    Map<String, Object> modelStatus() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("state", scoring.status().name());
        status.put("message", scoring.problem());
        status.put("shift", scoring.shift().orElse(null));
        status.put("version", scoring.version().orElse(null));
        status.put("checksum", scoring.checksum().orElse(null));
        status.put("instance", scoring.instance());
        Map<Job, JobStatus> jobs = scoring.jobs();
        status.put("training", job(jobs.get(Job.TRAINING)));
        status.put("rescoring", job(jobs.get(Job.RESCORING)));
        return status;
    }

    /** A job's lease as the schema's JobStatus shows it (timestamps as ISO 8601 text). */
    private static Map<String, Object> job(JobStatus s) {
        if (s == null) {
            return null;
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", s.job());
        view.put("running", s.running());
        view.put("owner", s.owner());
        view.put("since", text(s.since()));
        view.put("expiresAt", text(s.expiresAt()));
        view.put("progress", s.progress());
        view.put("tookOverFrom", s.tookOverFrom());
        view.put("lastOwner", s.lastOwner());
        view.put("lastStartedAt", text(s.lastStartedAt()));
        view.put("lastFinishedAt", text(s.lastFinishedAt()));
        view.put("lastOutcome", s.lastOutcome());
        view.put("lastTookOverFrom", s.lastTookOverFrom());
        return view;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    @QueryMapping
    List<Map<String, Object>> modelVersions() {
        return scoring.store().versions().stream().map(v -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("version", v.version());
            view.put("checksum", v.checksum());
            view.put("sizeBytes", v.sizeBytes());
            view.put("trainedAt", v.trainedAt());
            view.put("prospectLikeAuc", v.prospectLikeAuc());
            view.put("source", v.source());
            view.put("sourceDetail", v.sourceDetail());
            view.put("storedBy", v.storedBy());
            view.put("storedAt", text(v.storedAt()));
            view.put("serving", v.serving());
            view.put("servingSince", text(v.servingSince()));
            view.put("servingSetBy", v.servingSetBy());
            view.put("servedUntil", text(v.servedUntil()));
            return view;
        }).toList();
    }

    @MutationMapping
    @AdminAccess
    Map<String, Object> serveModel(@Argument String version) {
        if (version == null || version.isBlank()) {
            throw new BadRequestException("'version' must name a stored model version (see modelVersions)");
        }
        String by = AuditTrail.Actor.of(SecurityContextHolder.getContext().getAuthentication()).name();
        try {
            scoring.serve(version, by);
        } catch (ModelLoadException e) {
            throw new BadRequestException("Model " + version + " cannot serve: " + e.getMessage());
        }
        return Map.of("version", version, "status", modelStatus());
    }

    // ---- ShiftReport ----------------------------------------------------------------------------

    @SchemaMapping(typeName = "ShiftReport", field = "flagAbove")
    double flagAbove(ShiftReport report) {
        return ShiftReport.FLAG_ABOVE;
    }

    @SchemaMapping(typeName = "ShiftReport", field = "note")
    String note(ShiftReport report) {
        return report.lowConfidenceNote();
    }

    @QueryMapping
    RetrainStatus retrainStatus() {
        return scoring.retrainStatus();
    }

    @MutationMapping
    @AdminAccess
    Map<String, Object> retrainModel(@Argument RetrainModelInput input) {
        Integer seed = input == null ? null : input.seed();
        String actor = AuditTrail.Actor.of(SecurityContextHolder.getContext().getAuthentication()).name();
        return Map.of("status", scoring.retrain(seed == null ? null : seed.longValue(), actor));
    }

    /** The retrainModel input: the seed, or null for the service's. */
    record RetrainModelInput(Integer seed) {
    }

    /** A page of the ranking (Spring GraphQL takes a class named *Connection as a ready connection); the cursor is the rank of the last prospect seen. */
    record ProspectRankingConnection(int totalCount, FitWeights weights, List<Map<String, Object>> edges, Map<String, Object> pageInfo) {
    }

    @QueryMapping
    @RecruiterAccess
    ProspectRankingConnection prospectRanking(@Argument ScoringService.ProspectFilter filter, @Argument Map<String, Object> weights,
            @Argument Integer first, @Argument String after) {
        int size = first == null ? 20 : first;
        if (size < 1 || size > 100) {
            throw new BadRequestException("'first' must be between 1 and 100");
        }
        int start = 0;
        if (after != null) {
            try {
                start = Integer.parseInt(Cursor.decode(after, "after"));
            } catch (NumberFormatException e) {
                throw new BadRequestException("'after' is not a cursor of prospectRanking");
            }
        }
        FitWeights w = weights(weights);
        // One spelling per value: the filter matches the stored (canonical) region, type and industry.
        ScoringService.ProspectFilter canonical = filter == null
                ? null
                : new ScoringService.ProspectFilter(
                        Filters.vocabulary(Vocabulary.REGION, filter.region(), "filter.region"),
                        Filters.vocabulary(Vocabulary.PARTNER_TYPE, filter.type(), "filter.type"),
                        Filters.vocabulary(Vocabulary.INDUSTRY, filter.industry(), "filter.industry"), filter.minScore());
        List<RankedProspect> ranked = scoring.prospectRanking(canonical, w);
        List<RankedProspect> page = ranked.subList(Math.min(start, ranked.size()), Math.min(start + size, ranked.size()));
        List<Map<String, Object>> edges = page.stream()
                .map(p -> Map.<String, Object>of("cursor", Cursor.encode(String.valueOf(p.rank())), "node", p)).toList();
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", start + size < ranked.size());
        pageInfo.put("hasPreviousPage", after != null);
        pageInfo.put("startCursor", edges.isEmpty() ? null : edges.getFirst().get("cursor"));
        pageInfo.put("endCursor", edges.isEmpty() ? null : edges.getLast().get("cursor"));
        return new ProspectRankingConnection(ranked.size(), w.normalised(), edges, pageInfo);
    }

    private static FitWeights weights(Map<String, Object> input) {
        if (input == null) {
            return FitWeights.DEFAULT;
        }
        FitWeights d = FitWeights.DEFAULT;
        return new FitWeights(number(input, "ipp", d.ipp()), number(input, "customerOverlap", d.customerOverlap()),
                number(input, "segmentCoverage", d.segmentCoverage()), number(input, "referralProximity", d.referralProximity()));
    }

    private static double number(Map<String, Object> input, String key, double fallback) {
        Object v = input.get(key);
        return v == null ? fallback : ((Number) v).doubleValue();
    }

    // ---- IppModel fields from the card --------------------------------------------------------

    @SchemaMapping(typeName = "IppModel", field = "version")
    String version(ModelCard card) {
        return card.modelVersion();
    }

    @SchemaMapping(typeName = "IppModel", field = "kind")
    String kind(ModelCard card) {
        return card.extractorFeatureSet().name();
    }

    @SchemaMapping(typeName = "IppModel", field = "scores")
    List<String> scores(ModelCard card) {
        return card.scores().stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
    }

    @SchemaMapping(typeName = "IppModel", field = "scoringReason")
    String scoringReason(ModelCard card) {
        return card.scoresReason();
    }

    @SchemaMapping(typeName = "IppModel", field = "prospectLike")
    Map<String, Object> prospectLike(ModelCard card) {
        ModelCard.ProspectLike p = card.prospectLike();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("description", p.description());
        putEstimate(out, "auc", p.auc());
        putEstimate(out, "difference", p.differenceFromPartners());
        out.put("expectedAucRatio", p.expectedAucRatio());
        return out;
    }

    /** An estimate as the schema's {@code name}, {@code nameLow}, {@code nameHigh}. */
    private static void putEstimate(Map<String, Object> out, String name, ModelCard.Estimate estimate) {
        out.put(name, estimate.value());
        out.put(name + "Low", estimate.low());
        out.put(name + "High", estimate.high());
    }

    @SchemaMapping(typeName = "IppModel", field = "labelDefinition")
    String labelDefinition(ModelCard card) {
        return card.label().text();
    }

    @SchemaMapping(typeName = "IppModel", field = "snapshotDate")
    java.time.LocalDate snapshotDate(ModelCard card) {
        return card.data().snapshotDate() == null ? null : java.time.LocalDate.parse(card.data().snapshotDate());
    }

    @SchemaMapping(typeName = "IppModel", field = "trainSize")
    int trainSize(ModelCard card) {
        return card.data().train();
    }

    @SchemaMapping(typeName = "IppModel", field = "testSize")
    int testSize(ModelCard card) {
        return card.data().test();
    }

    @SchemaMapping(typeName = "IppModel", field = "sha256")
    String sha256(ModelCard card) {
        return card.modelSha256();
    }

    @SchemaMapping(typeName = "IppModel", field = "metrics")
    Map<String, Object> metrics(ModelCard card) {
        ModelCard.Metrics m = card.metrics();
        Map<String, Object> out = new LinkedHashMap<>();
        putEstimate(out, "auc", m.auc());
        out.put("averagePrecision", m.averagePrecision().value());
        out.put("brier", m.brier().value());
        out.put("ece", m.ece());
        out.put("threshold", m.threshold());
        out.put("precision", m.precision());
        out.put("recall", m.recall());
        return out;
    }

    @SchemaMapping(typeName = "IppModel", field = "baselines")
    List<Map<String, Object>> baselines(ModelCard card) {
        return card.baselines().stream().map(b -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("name", b.name());
            out.put("description", b.description());
            putEstimate(out, "auc", b.auc());
            putEstimate(out, "difference", b.difference());
            return out;
        }).toList();
    }

    // The card's own 'calibration' is the Platt scaling; the API's 'calibration' is the reliability bins.
    @SchemaMapping(typeName = "IppModel", field = "calibration")
    List<ModelCard.ReliabilityBin> calibration(ModelCard card) {
        return card.reliability();
    }

    @SchemaMapping(typeName = "IppModel", field = "oracle")
    Map<String, Object> oracle(ModelCard card) {
        if (card.oracle() == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        putEstimate(out, "auc", card.oracle().auc());
        out.put("ratio", card.oracle().ratio());
        out.put("expectedAucRatio", card.oracle().expectedAucRatio());
        out.put("prospectExpectedAucRatio", card.oracle().prospectExpectedAucRatio());
        return out;
    }
}
