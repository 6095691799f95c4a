package com.ecosystemgraph.jobs;

import com.ecosystemgraph.security.ViewerAccess;
import java.time.Instant;
import java.util.List;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code jobs} query (schema: jobs.graphqls). */
@Controller
@ViewerAccess
class JobsController {

    /** One job as the schema shows it (timestamps as ISO 8601 text, like the rest of the API's). */
    record JobView(String name, boolean running, String owner, String since, String expiresAt, String progress, String tookOverFrom,
            String lastOwner, String lastStartedAt, String lastFinishedAt, String lastOutcome, String lastTookOverFrom) {
    }

    private final JobLeases leases;

    JobsController(JobLeases leases) {
        this.leases = leases;
    }

    @QueryMapping
    List<JobView> jobs() {
        return leases.status().stream().map(s -> new JobView(s.job(), s.running(), s.owner(), text(s.since()), text(s.expiresAt()),
                s.progress(), s.tookOverFrom(), s.lastOwner(), text(s.lastStartedAt()), text(s.lastFinishedAt()), s.lastOutcome(),
                s.lastTookOverFrom())).toList();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
