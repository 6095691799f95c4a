package com.ecosystemgraph.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.support.TestNeo4j;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * Leases between "instances" (separate {@link JobLeases}, each with its own name and renewal
 * thread) on one real database: one runner at a time, waiting instead of redoing, renewal, and the
 * takeover of a dead instance's lease.
 */
class JobLeasesIT {

    /**
     * Short leases keep the takeovers quick; renewal runs every third of it. 900 ms lost leases to
     * JVM stalls at load average 30-40 (three tests failed in one full run): 3 s rides those out.
     */
    private static final Duration TTL = Duration.ofSeconds(3);

    private final Driver driver = TestNeo4j.driver();
    private final List<JobLeases> instances = new ArrayList<>();

    @BeforeEach
    void clean() {
        TestNeo4j.clean();
    }

    @AfterEach
    void stop() {
        instances.forEach(JobLeases::close);
    }

    private JobLeases instance(String name) {
        JobLeases leases = new JobLeases(driver, null, name, TTL);
        instances.add(leases);
        return leases;
    }

    @Test
    void whileOneInstanceHoldsAJobAnotherCannotTakeIt() {
        JobLeases a = instance("instance-a");
        JobLeases b = instance("instance-b");

        try (JobLease lease = a.acquire(Job.ROLLUPS, Duration.ZERO, tx -> true).orElseThrow()) {
            assertThatThrownBy(() -> b.acquire(Job.ROLLUPS, Duration.ZERO, tx -> true))
                    .isInstanceOf(JobBusyException.class)
                    .hasMessageStartingWith("The rollups job has been running on instance-a since");
            JobStatus status = status(b, Job.ROLLUPS);
            assertThat(status.running()).isTrue();
            assertThat(status.owner()).isEqualTo("instance-a");
            assertThat(lease.held()).isTrue();
        }
        JobStatus released = status(b, Job.ROLLUPS);
        assertThat(released.running()).isFalse();
        assertThat(released.lastOwner()).isEqualTo("instance-a");
        assertThat(released.lastOutcome()).isEqualTo("succeeded");
        try (JobLease taken = b.acquire(Job.ROLLUPS, Duration.ZERO, tx -> true).orElseThrow()) {
            assertThat(status(a, Job.ROLLUPS).owner()).isEqualTo("instance-b");
            assertThat(taken.tookOverFrom()).isEmpty();
        }
    }

    @Test
    void ofInstancesAskingAtTheSameMomentExactlyOneGetsTheLease() throws Exception {
        List<JobLeases> racers = List.of(instance("r1"), instance("r2"), instance("r3"), instance("r4"));
        for (int round = 0; round < 10; round++) {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Optional<JobLease>>> attempts = new ArrayList<>();
            for (JobLeases racer : racers) {
                attempts.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return racer.acquire(Job.DEMO_LOAD, Duration.ZERO, tx -> true);
                    } catch (JobBusyException e) {
                        return Optional.empty();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            start.countDown();
            List<JobLease> winners = new ArrayList<>();
            for (var attempt : attempts) {
                attempt.get(60, TimeUnit.SECONDS).ifPresent(winners::add);
            }
            assertThat(winners).as("round %d", round).hasSize(1);
            winners.getFirst().close();
        }
    }

    @Test
    void aWaitingInstanceFindsTheJobDoneAndDoesNotRunItAgain() throws Exception {
        JobLeases a = instance("instance-a");
        JobLeases b = instance("instance-b");
        AtomicInteger runsOnB = new AtomicInteger();
        Map<String, Object> marker = Map.of("name", "rollups-done");

        JobLease held = a.acquire(Job.ROLLUPS, Duration.ZERO, tx -> true).orElseThrow();
        CompletableFuture<Optional<String>> onB = CompletableFuture.supplyAsync(() -> b.runIfNeeded(Job.ROLLUPS, Duration.ofMinutes(1),
                tx -> tx.run(CypherStatements.fixture("jobs/marker-missing"), marker).single().get("missing").asBoolean(),
                lease -> {
                    runsOnB.incrementAndGet();
                    return "ran on b";
                }));
        await().atMost(Duration.ofMinutes(1)).until(() -> b.waiting(Job.ROLLUPS) == 1);
        try (var session = driver.session()) {
            session.run(CypherStatements.fixture("jobs/set-marker"), marker).consume();
        }
        held.close();

        assertThat(onB.get(60, TimeUnit.SECONDS)).isEmpty();
        assertThat(runsOnB).hasValue(0);
        assertThat(status(a, Job.ROLLUPS).lastOwner()).isEqualTo("instance-a");
    }

    @Test
    void aRunningJobKeepsItsLeaseLongerThanTheLeaseLastsByRenewingIt() {
        JobLeases a = instance("instance-a");
        JobLeases b = instance("instance-b");
        try (JobLease lease = a.acquire(Job.ROLLUPS, Duration.ZERO, tx -> true).orElseThrow()) {
            // b waits five lease lifetimes: only renewals can keep a's lease that long.
            assertThatThrownBy(() -> b.acquire(Job.ROLLUPS, TTL.multipliedBy(5), tx -> true)).isInstanceOf(JobBusyException.class);
            assertThat(lease.held()).isTrue();
            lease.checkHeld();
        }
    }

    @Test
    void aKilledInstancesLeaseExpiresAndAnotherInstanceTakesTheJobOver() {
        JobLeases dying = instance("instance-that-dies");
        JobLeases b = instance("instance-b");
        JobLease orphaned = dying.acquire(Job.ROLLUPS, Duration.ZERO, tx -> true).orElseThrow();
        // Killed: no more renewals, no release.
        dying.close();

        try (JobLease taken = b.acquire(Job.ROLLUPS, Duration.ofMinutes(1), tx -> true).orElseThrow()) {
            assertThat(taken.tookOverFrom()).contains("instance-that-dies");
            JobStatus status = status(b, Job.ROLLUPS);
            assertThat(status.owner()).isEqualTo("instance-b");
            assertThat(status.tookOverFrom()).isEqualTo("instance-that-dies");

            // Were the dead instance only stalled, its run must notice and stop, and its release must not free b's lease.
            assertThat(orphaned.held()).isFalse();
            assertThatThrownBy(orphaned::checkHeld).isInstanceOf(LeaseLostException.class);
            orphaned.close();
            assertThat(status(b, Job.ROLLUPS).owner()).isEqualTo("instance-b");
        }
        assertThat(status(b, Job.ROLLUPS).lastTookOverFrom()).isEqualTo("instance-that-dies");
    }

    @Test
    void aStalledRunLearnsAtItsNextRenewalThatItsLeaseWasTakenOver() {
        JobLeases stalled = instance("instance-stalled");
        JobLeases b = instance("instance-b");
        JobLease lease = stalled.acquire(Job.ROLLUPS, Duration.ZERO, tx -> true).orElseThrow();
        // Another instance takes the lease as if it had expired (the stalled one's renewals were late).
        try (var session = driver.session()) {
            session.run(CypherStatements.fixture("jobs/expire-lease"), Map.of("job", Job.ROLLUPS.key())).consume();
        }
        try (JobLease taken = b.acquire(Job.ROLLUPS, Duration.ZERO, tx -> true).orElseThrow()) {
            await().atMost(Duration.ofMinutes(1)).until(() -> !lease.held());
            assertThatThrownBy(lease::checkHeld).isInstanceOf(LeaseLostException.class)
                    .hasMessageContaining("another instance took it over");
            assertThat(taken.held()).isTrue();
        }
    }

    @Test
    void aFailedRunReleasesItsLeaseAndSaysItFailed() {
        JobLeases a = instance("instance-a");
        assertThatThrownBy(() -> a.run(Job.ROLLUPS, Duration.ZERO, lease -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        JobStatus status = status(a, Job.ROLLUPS);
        assertThat(status.running()).isFalse();
        assertThat(status.lastOutcome()).isEqualTo("failed: IllegalStateException");
    }

    private static JobStatus status(JobLeases leases, Job job) {
        return leases.status().stream().filter(s -> s.job().equals(job.key())).findFirst().orElseThrow();
    }
}
