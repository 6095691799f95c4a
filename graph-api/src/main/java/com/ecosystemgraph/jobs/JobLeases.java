package com.ecosystemgraph.jobs;

import com.ecosystemgraph.config.EcosystemProperties;
import com.ecosystemgraph.config.SchemaMigrations;
import com.ecosystemgraph.cypher.CypherStatements;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Leases on background jobs, so that of all the instances sharing one database exactly one runs a
 * job at a time (docs/adr/0007-job-leases-in-the-database.md). A job has one lock node
 * ({@code JobLease}) holding the current run's owner, token and expiry; the run renews it every
 * third of its time to live and releases it when done. An instance that dies stops renewing, and the
 * next instance that needs the job takes the lease over once it expired.
 *
 * <p>The usual call is {@link #runIfNeeded}: the caller says how to tell, in the database, whether
 * the job still needs doing; an instance that finds the job running elsewhere waits for that run and
 * then finds nothing left to do, instead of doing it a second time. The check and the taking of the
 * lease happen in one transaction after the lock node is locked, so a run that finished just before
 * is always seen.
 */
@Component
public class JobLeases implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobLeases.class);

    private final Driver driver;
    private final String database;
    private final String instance;
    private final Duration ttl;
    private final Duration poll;
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "job-leases");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Job, AtomicInteger> waiting = new ConcurrentHashMap<>();

    @Autowired
    JobLeases(Driver driver, EcosystemProperties ecosystem, JobProperties properties, SchemaMigrations schema) {
        this(driver, ecosystem.neo4j().database(), StringUtils.hasText(properties.instanceName())
                ? properties.instanceName()
                : defaultInstanceName(), properties.leaseTtl());
    }

    /** For callers without Spring (tests, tools). */
    public JobLeases(Driver driver, String database, String instance, Duration ttl) {
        if (ttl.toMillis() < 300) {
            throw new IllegalArgumentException("A job lease must last at least 300 ms, got " + ttl);
        }
        this.driver = driver;
        this.database = database;
        this.instance = instance;
        this.ttl = ttl;
        // Waiters look again this often: a released lease is taken within a second (sooner with short leases).
        this.poll = Duration.ofMillis(Math.max(50, Math.min(1_000, ttl.toMillis() / 6)));
    }

    /** Host name and process id: unique per process, and says where to look. */
    static String defaultInstanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + ":" + ManagementFactory.getRuntimeMXBean().getPid();
    }

    /** This instance's name in leases. */
    public String instance() {
        return instance;
    }

    /** How long a lease lasts without renewal. */
    public Duration ttl() {
        return ttl;
    }

    /**
     * Runs a job here unless it is no longer needed: when another instance runs it, waits for that
     * run (up to {@code maxWait}), then asks {@code needed} again; the work runs only while this
     * instance holds the lease, which is released afterwards (its outcome kept for the status).
     *
     * @param needed runs in the transaction that takes the lease, after the lock node is locked:
     *     true when the job still has something to do
     * @return the work's result, empty when the job was not needed (done by another instance, or
     *     nothing to do)
     * @throws JobBusyException when another instance held the lease for longer than {@code maxWait}
     */
    public <T> Optional<T> runIfNeeded(Job job, Duration maxWait, Predicate<TransactionContext> needed, Function<JobLease, T> work) {
        Optional<JobLease> acquired = acquire(job, maxWait, needed);
        if (acquired.isEmpty()) {
            return Optional.empty();
        }
        try (JobLease lease = acquired.get()) {
            try {
                return Optional.ofNullable(work.apply(lease));
            } catch (RuntimeException | Error e) {
                lease.outcome("failed: " + e.getClass().getSimpleName());
                throw e;
            }
        }
    }

    /** Runs a job here, waiting for another instance's run first (see {@link #runIfNeeded}); the job is always needed. */
    public <T> T run(Job job, Duration maxWait, Function<JobLease, T> work) {
        return runIfNeeded(job, maxWait, tx -> true, work).orElse(null);
    }

    /**
     * Takes a job's lease when it is free (or expired) and {@code needed} says the job has something
     * to do; otherwise waits (polling the lock node) while another instance holds it. The caller
     * must close the lease.
     *
     * @return the lease, or empty when the job is not needed
     * @throws JobBusyException when another instance held the lease for longer than {@code maxWait}
     */
    public Optional<JobLease> acquire(Job job, Duration maxWait, Predicate<TransactionContext> needed) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        AtomicInteger waiters = waiting.computeIfAbsent(job, j -> new AtomicInteger());
        boolean told = false;
        waiters.incrementAndGet();
        try {
            while (true) {
                String token = UUID.randomUUID().toString();
                Attempt attempt = attempt(job, token, needed);
                switch (attempt.result()) {
                    case NOT_NEEDED -> {
                        return Optional.empty();
                    }
                    case TAKEN -> {
                        JobLease lease = new JobLease(this, job, token, attempt.since(), attempt.tookOverFrom());
                        long every = Math.max(50, ttl.toMillis() / 3);
                        lease.renewal(renewer.scheduleWithFixedDelay(() -> renew(lease), every, every, TimeUnit.MILLISECONDS));
                        if (attempt.tookOverFrom() != null) {
                            LOG.warn("Took over the {} job from {}, whose lease expired at {} without being renewed (stopped or lost the "
                                    + "database)", job.key(), attempt.tookOverFrom(), attempt.expiresAt());
                        }
                        return Optional.of(lease);
                    }
                    case BUSY -> {
                        if (System.nanoTime() > deadline) {
                            throw new JobBusyException(job, attempt.owner(), attempt.since(), maxWait);
                        }
                        if (!told) {
                            LOG.info("Waiting for the {} job: {} runs it since {}", job.key(), attempt.owner(), attempt.since());
                            told = true;
                        }
                        Thread.sleep(poll.toMillis());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobBusyException(job, "another instance", null, maxWait);
        } finally {
            waiters.decrementAndGet();
        }
    }

    /** How many callers of this instance wait for another instance's run of the job right now. */
    public int waiting(Job job) {
        AtomicInteger waiters = waiting.get(job);
        return waiters == null ? 0 : waiters.get();
    }

    /** Every job's lease as the database has it. */
    public List<JobStatus> status() {
        try (Session session = driver.session(sessionConfig())) {
            return session.executeRead(tx -> tx.run(CypherStatements.query("jobs/leases")).list(r -> new JobStatus(
                    r.get("job").asString(), r.get("running").asBoolean(), string(r.get("owner")), instant(r.get("since")),
                    instant(r.get("renewedAt")), instant(r.get("expiresAt")), string(r.get("progress")), string(r.get("tookOverFrom")),
                    string(r.get("lastOwner")), instant(r.get("lastStartedAt")), instant(r.get("lastFinishedAt")),
                    string(r.get("lastOutcome")), string(r.get("lastTookOverFrom")))));
        }
    }

    private enum Result {
        TAKEN, BUSY, NOT_NEEDED
    }

    private record Attempt(Result result, String owner, Instant since, Instant expiresAt, String tookOverFrom) {
    }

    /** One transaction: lock the job's node, then take the lease if it is free or expired and the job is needed. */
    private Attempt attempt(Job job, String token, Predicate<TransactionContext> needed) {
        try (Session session = driver.session(sessionConfig())) {
            return session.executeWrite(tx -> {
                Record lock = tx.run(CypherStatements.query("jobs/lock-lease"), Map.of("job", job.key())).single();
                boolean held = !lock.get("token").isNull();
                boolean expired = lock.get("expired").asBoolean();
                if (held && !expired) {
                    return new Attempt(Result.BUSY, string(lock.get("owner")), instant(lock.get("since")),
                            instant(lock.get("expiresAt")), null);
                }
                if (!needed.test(tx)) {
                    return new Attempt(Result.NOT_NEEDED, null, null, null, null);
                }
                String previous = held ? string(lock.get("owner")) : null;
                Map<String, Object> parameters = new HashMap<>();
                parameters.put("job", job.key());
                parameters.put("token", token);
                parameters.put("owner", instance);
                parameters.put("ttlMillis", ttl.toMillis());
                parameters.put("tookOverFrom", previous);
                Record taken = tx.run(CypherStatements.query("jobs/take-lease"), parameters).single();
                return new Attempt(Result.TAKEN, instance, instant(taken.get("since")), instant(lock.get("expiresAt")), previous);
            });
        }
    }

    private void renew(JobLease lease) {
        try (Session session = driver.session(sessionConfig())) {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("job", lease.job().key());
            parameters.put("token", lease.token());
            parameters.put("ttlMillis", ttl.toMillis());
            parameters.put("progress", lease.currentProgress());
            boolean renewed = session.executeWrite(tx -> tx.run(CypherStatements.query("jobs/renew-lease"), parameters).hasNext());
            if (renewed) {
                lease.renewed();
            } else {
                lease.lost("another instance took it over after it expired");
                LOG.warn("Lost the lease of the {} job: another instance took it over after it expired; this run stops at its next step",
                        lease.job().key());
            }
        } catch (RuntimeException e) {
            // The database may be back before the lease expires; until then the run keeps it.
            LOG.warn("Could not renew the lease of the {} job: {}", lease.job().key(), e.getMessage());
        }
    }

    void release(JobLease lease) {
        try (Session session = driver.session(sessionConfig())) {
            session.executeWriteWithoutResult(tx -> tx.run(CypherStatements.query("jobs/release-lease"),
                    Map.of("job", lease.job().key(), "token", lease.token(), "outcome", lease.currentOutcome())).consume());
        } catch (RuntimeException e) {
            LOG.warn("Could not release the lease of the {} job (it expires within {} s): {}", lease.job().key(), ttl.toSeconds(),
                    e.getMessage());
        }
    }

    /** Stops renewing: a lease still held expires and another instance takes the job over. */
    @Override
    public void close() {
        renewer.shutdownNow();
    }

    private static String string(Value value) {
        return value.isNull() ? null : value.asString();
    }

    private static Instant instant(Value value) {
        return value.isNull() ? null : value.asZonedDateTime().toInstant();
    }

    private SessionConfig sessionConfig() {
        return database == null || database.isBlank() ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
    }
}
