package com.ecosystemgraph.analytics;

import com.ecosystemgraph.config.EcosystemProperties;
import com.ecosystemgraph.config.SchemaMigrations;
import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.jobs.Job;
import com.ecosystemgraph.jobs.JobLease;
import com.ecosystemgraph.jobs.JobLeases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The analytics rollups: per created month of deals, monthly aggregates, and per partner, daily
 * cumulative sums and totals, kept in the graph so that the KPIs and the partner outcomes
 * (returns, tiers, economics) read a few thousand rollup nodes instead of every deal
 * (docs/analytics.md, "Rollups").
 *
 * <p>They are exact, never approximately current: every statement that writes a deal, a deal's
 * partners or an investment marks the rollups it touches stale in its own transaction
 * (cypher/queries/import, explorer/delete-node), and {@link #refresh()} rebuilds what is stale
 * before an analysis reads them. A refresh locks what it rebuilds first, so a write committed
 * meanwhile marks it stale again instead of being lost.
 *
 * <p>With several instances on one database, one of them rebuilds at a time: a refresh takes the
 * {@link Job#ROLLUPS} lease, and an instance that finds another one rebuilding waits for it and then
 * finds nothing stale (docs/adr/0007-job-leases-in-the-database.md).
 */
@Component
public class Rollups {

    /** Partner rollups rebuilt per transaction. */
    static final int PARTNER_BATCH = 2_000;
    /** A full rebuild at 100x reads every deal; it gets the jobs' timeout (ECOSYSTEM_JOB_TX_TIMEOUT), not the requests' 20 s. */
    private final TransactionConfig rebuild;
    /** How long a refresh waits for another instance's: as long as that one may take. */
    private final Duration waitForOtherInstance;

    /** What a refresh rebuilt and how long it took. */
    public record Refresh(long months, long partners, Duration took) {
        public boolean nothing() {
            return months == 0 && partners == 0;
        }
    }

    private final Driver driver;
    private final String database;
    private final JobLeases leases;

    @Autowired
    Rollups(Driver driver, EcosystemProperties properties, JobLeases leases, SchemaMigrations schema) {
        this(driver, properties.neo4j().database(), leases, properties.neo4j().jobTransactionTimeout());
    }

    /** For callers without Spring (tests). */
    Rollups(Driver driver, String database, JobLeases leases) {
        this(driver, database, leases, Duration.ofMinutes(15));
    }

    /** For callers without Spring (tests): the only instance on its database. */
    Rollups(Driver driver, String database) {
        this(driver, database, new JobLeases(driver, database, "test-" + java.util.UUID.randomUUID(), Duration.ofSeconds(30)));
    }

    private Rollups(Driver driver, String database, JobLeases leases, Duration timeout) {
        this.driver = driver;
        this.database = database;
        this.leases = leases;
        this.rebuild = TransactionConfig.builder().withTimeout(timeout).build();
        this.waitForOtherInstance = timeout;
    }

    /**
     * Rebuilds every stale rollup: deal months in one transaction, partners in batches of
     * {@link #PARTNER_BATCH}. Cheap when nothing is stale (two index lookups). Serialised: a
     * caller arriving during a refresh waits for it and then finds nothing (or only newer
     * changes) left to do; on this instance through the monitor, across instances through the
     * rollups lease.
     */
    public synchronized Refresh refresh() {
        long started = System.nanoTime();
        long[] stale;
        try (Session session = driver.session(sessionConfig())) {
            stale = session.executeRead(Rollups::stale);
        }
        if (stale[0] == 0 && stale[1] == 0) {
            return new Refresh(0, 0, Duration.ofNanos(System.nanoTime() - started));
        }
        return leases.runIfNeeded(Job.ROLLUPS, waitForOtherInstance, tx -> {
            long[] now = stale(tx);
            return now[0] > 0 || now[1] > 0;
        }, lease -> rebuildStale(lease, started))
                .orElseGet(() -> new Refresh(0, 0, Duration.ofNanos(System.nanoTime() - started)));
    }

    private static long[] stale(org.neo4j.driver.TransactionContext tx) {
        Record r = tx.run(CypherStatements.query("rollup/stale")).single();
        return new long[]{r.get("staleMonths").asLong(), r.get("stalePartners").asLong()};
    }

    /** Rebuilds what is stale while this instance holds the rollups lease. */
    private Refresh rebuildStale(JobLease lease, long started) {
        try (Session session = driver.session(sessionConfig())) {
            long[] stale = session.executeRead(Rollups::stale);
            lease.progress("rebuilding " + stale[0] + " deal months and " + stale[1] + " partner rollups");
            long months = stale[0] == 0
                    ? 0
                    : session.executeWrite(tx -> tx.run(CypherStatements.query("rollup/refresh-deal-months"))
                            .single().get("months").asLong(), rebuild);
            long partners = 0;
            while (true) {
                lease.checkHeld();
                int done = session.executeWrite(tx -> {
                    List<Record> rows = tx.run(CypherStatements.query("rollup/partner-days"), Map.of("limit", PARTNER_BATCH)).list();
                    List<Map<String, Object>> rollups = new ArrayList<>();
                    List<String> orphans = new ArrayList<>();
                    for (Record row : rows) {
                        if (row.get("exists").asBoolean()) {
                            rollups.add(cumulative(row));
                        } else {
                            orphans.add(row.get("partnerId").asString());
                        }
                    }
                    if (!rollups.isEmpty()) {
                        tx.run(CypherStatements.query("rollup/write-partner-rollups"), Map.of("rollups", rollups)).consume();
                    }
                    if (!orphans.isEmpty()) {
                        tx.run(CypherStatements.query("rollup/delete-partner-rollups"), Map.of("partnerIds", orphans)).consume();
                    }
                    return rows.size();
                }, rebuild);
                partners += done;
                if (done < PARTNER_BATCH) {
                    break;
                }
            }
            return new Refresh(months, partners, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /**
     * Marks every rollup stale and rebuilds them all: for data written around the service's
     * statements (a Cypher script, a test fixture), which cannot have marked what it changed.
     */
    public synchronized Refresh rebuildAll() {
        long started = System.nanoTime();
        return leases.run(Job.ROLLUPS, waitForOtherInstance, lease -> {
            try (Session session = driver.session(sessionConfig())) {
                session.executeWriteWithoutResult(tx -> tx.run(CypherStatements.query("rollup/mark-all-stale")).consume(), rebuild);
            }
            return rebuildStale(lease, started);
        });
    }

    /** One axis of a partner rollup: its name, then its measures in the order of partner-days.cypher's entries. */
    private record Axis(String name, List<String> measures, List<String> counts) {
    }

    private static final List<Axis> AXES = List.of(
            new Axis("closed", List.of("driven", "influenced"), List.of()),
            new Axis("created", List.of("rows", "registered", "earnings", "hours", "coSold"), List.of("rows", "registered", "coSold")),
            new Axis("decided", List.of("drivenWon", "drivenLost"), List.of("drivenWon", "drivenLost")),
            new Axis("spent", List.of("mdf", "enablement", "coMarketing", "support"), List.of()));

    /**
     * One partner's daily sums as write-partner-rollups.cypher stores them: per axis the days
     * with activity (ascending, as epoch days), the first and last of them, and per measure the
     * running total through each day and the total; an axis without activity is all null (its
     * properties removed).
     */
    static Map<String, Object> cumulative(Record row) {
        Map<String, Object> rollup = new HashMap<>();
        rollup.put("partnerId", row.get("partnerId").asString());
        rollup.put("firstDeal", row.get("firstDeal").isNull() ? null : row.get("firstDeal").asLocalDate());
        for (Axis axis : AXES) {
            List<List<Value>> entries = new ArrayList<>(row.get(axis.name()).asList(v -> v.asList(x -> x)));
            entries.sort(Comparator.comparing(e -> e.getFirst().asLocalDate()));
            long[] days = entries.stream().mapToLong(e -> e.getFirst().asLocalDate().toEpochDay()).toArray();
            boolean none = days.length == 0;
            rollup.put(axis.name() + "Days", none ? null : days);
            rollup.put(axis.name() + "FirstDay", none ? null : days[0]);
            rollup.put(axis.name() + "LastDay", none ? null : days[days.length - 1]);
            for (int m = 0; m < axis.measures().size(); m++) {
                String measure = axis.measures().get(m);
                boolean count = axis.counts().contains(measure);
                long[] counts = new long[days.length];
                double[] amounts = new double[days.length];
                for (int i = 0; i < days.length; i++) {
                    Value value = entries.get(i).get(m + 1);
                    if (count) {
                        counts[i] = (i == 0 ? 0 : counts[i - 1]) + value.asLong();
                    } else {
                        amounts[i] = (i == 0 ? 0 : amounts[i - 1]) + value.asDouble();
                    }
                }
                rollup.put(measure, none ? null : count ? counts : amounts);
                rollup.put(measure + "Total", none ? null : count ? (Object) counts[days.length - 1] : (Object) amounts[days.length - 1]);
            }
        }
        return rollup;
    }

    private SessionConfig sessionConfig() {
        return database == null || database.isBlank() ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
    }
}
