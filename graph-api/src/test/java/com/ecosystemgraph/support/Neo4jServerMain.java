package com.ecosystemgraph.support;

import com.ecosystemgraph.embedded.EmbeddedNeo4j;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * A Neo4j server in a JVM of its own (the embedded database with its Bolt connector and the GDS
 * procedures), for the outage suite: it plays the external server of {@code NEO4J_URI} and can be
 * killed and started again. Arguments: the store folder and the Bolt port. Prints
 * {@code NEO4J READY <password of user neo4j>} when it accepts connections.
 */
public final class Neo4jServerMain {

    private Neo4jServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedNeo4j database = EmbeddedNeo4j.start(new EmbeddedNeo4j.Settings(Path.of(args[0]), "localhost", Integer.parseInt(args[1]),
                64L * 1024 * 1024, Duration.ofSeconds(60)));
        Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        System.out.println("NEO4J READY " + database.peoplePassword());
        new CountDownLatch(1).await();
    }
}
