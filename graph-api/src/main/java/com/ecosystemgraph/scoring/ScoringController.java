package com.ecosystemgraph.scoring;

import com.ecosystemgraph.scoring.ScoringViews.IppModelView;
import com.ecosystemgraph.scoring.ScoringViews.JobView;
import com.ecosystemgraph.scoring.ScoringViews.ModelStatusView;
import com.ecosystemgraph.scoring.ScoringViews.ModelVersionView;
import com.ecosystemgraph.scoring.ScoringViews.RetrainModelPayload;
import com.ecosystemgraph.scoring.ScoringViews.ServeModelPayload;
import com.ecosystemgraph.graphql.BadRequestException;
import com.ecosystemgraph.graphql.Cursor;
import com.ecosystemgraph.graphql.Filters;
import com.ecosystemgraph.graph.Vocabulary;
import com.ecosystemgraph.graph.Partner;
import com.ecosystemgraph.scoring.serving.Explanation;
import com.ecosystemgraph.scoring.serving.Factor;
import com.ecosystemgraph.scoring.shift.ShiftReport;
import com.ecosystemgraph.audit.AuditTrail;
import com.ecosystemgraph.jobs.Job;
import com.ecosystemgraph.jobs.JobStatus;
import com.ecosystemgraph.scoring.model.ModelLoadException;
import java.util.LinkedHashMap;
import java.util.List;
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
    IppModelView model() {
        return scoring.card().map(IppModelView::of).orElse(null);
    }

    @QueryMapping
    ModelStatusView modelStatus() {
        Map<Job, JobStatus> jobs = scoring.jobs();
        return new ModelStatusView(scoring.status().name(), scoring.problem(), scoring.shift().orElse(null), scoring.version().orElse(null),
                scoring.checksum().orElse(null), scoring.instance(), JobView.of(jobs.get(Job.TRAINING)),
                JobView.of(jobs.get(Job.RESCORING)));
    }

    @QueryMapping
    List<ModelVersionView> modelVersions() {
        return scoring.store().versions().stream().map(ModelVersionView::of).toList();
    }

    @MutationMapping
    @AdminAccess
    ServeModelPayload serveModel(@Argument String version) {
        if (version == null || version.isBlank()) {
            throw new BadRequestException("'version' must name a stored model version (see modelVersions)");
        }
        String by = AuditTrail.Actor.of(SecurityContextHolder.getContext().getAuthentication()).name();
        try {
            scoring.serve(version, by);
        } catch (ModelLoadException e) {
            throw new BadRequestException("Model " + version + " cannot serve: " + e.getMessage());
        }
        return new ServeModelPayload(version, modelStatus());
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
    RetrainModelPayload retrainModel(@Argument RetrainModelInput input) {
        Integer seed = input == null ? null : input.seed();
        String actor = AuditTrail.Actor.of(SecurityContextHolder.getContext().getAuthentication()).name();
        return new RetrainModelPayload(scoring.retrain(seed == null ? null : seed.longValue(), actor));
    }

    /** The retrainModel input: the seed, or null for the service's. */
    record RetrainModelInput(Integer seed) {
    }

    /** A page of the ranking (Spring GraphQL takes a class named *Connection as a ready connection); the cursor is the rank of the last prospect seen. */
    record ProspectRankingConnection(int totalCount, FitWeights weights, List<RankedProspectEdge> edges, RankingPageInfo pageInfo) {
    }

    /** A ranked prospect with its cursor (its rank, encoded). */
    record RankedProspectEdge(String cursor, RankedProspect node) {
    }

    /** The schema's PageInfo for a page of the ranking, whose cursors are ranks rather than sort keys. */
    record RankingPageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /** The blend's weights as given: a weight left out keeps its default. */
    record BlendWeightsInput(Double ipp, Double customerOverlap, Double segmentCoverage, Double referralProximity) {
    }

    @QueryMapping
    @RecruiterAccess
    ProspectRankingConnection prospectRanking(@Argument ScoringService.ProspectFilter filter, @Argument BlendWeightsInput weights,
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
        List<RankedProspectEdge> edges = page.stream().map(p -> new RankedProspectEdge(Cursor.encode(String.valueOf(p.rank())), p))
                .toList();
        var pageInfo = new RankingPageInfo(start + size < ranked.size(), after != null, edges.isEmpty() ? null : edges.getFirst().cursor(),
                edges.isEmpty() ? null : edges.getLast().cursor());
        return new ProspectRankingConnection(ranked.size(), w.normalised(), edges, pageInfo);
    }

    private static FitWeights weights(BlendWeightsInput input) {
        FitWeights d = FitWeights.DEFAULT;
        if (input == null) {
            return d;
        }
        return new FitWeights(or(input.ipp(), d.ipp()), or(input.customerOverlap(), d.customerOverlap()),
                or(input.segmentCoverage(), d.segmentCoverage()), or(input.referralProximity(), d.referralProximity()));
    }

    private static double or(Double given, double fallback) {
        return given == null ? fallback : given;
    }
}
