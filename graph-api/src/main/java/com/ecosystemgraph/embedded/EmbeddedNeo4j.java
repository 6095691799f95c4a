package com.ecosystemgraph.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j with its store under a data directory and Bolt on localhost.
 *
 * <p>Bolt lets Spring's ordinary driver path (and Neo4j Browser or cypher-shell) talk to it exactly
 * as to a server, so nothing else in the service knows whether the database is embedded. The HTTP
 * connector stays off (its Jersey clashes with Spring's), and the Bolt shutdown waits are zero so a
 * stop is quick.
 *
 * <p>Bolt needs a password (ADR 0005). People use the user {@code neo4j} with the password generated
 * on first start into {@value #PASSWORD_FILE} in the data directory (owner-only permissions); the
 * service signs in as {@value #SERVICE_USER} with a password made anew at every start and kept only
 * in memory. A transaction of anyone else that changes the graph marks every analytics rollup stale
 * in that same transaction ({@link OutsideWrites}), so the next analysis rebuilds them instead of
 * answering from rollups that no longer match the data.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    /** The file in the data directory holding the password of the user neo4j. */
    public static final String PASSWORD_FILE = "bolt-password";
    /** The database user the service itself signs in as. */
    public static final String SERVICE_USER = "ecosystem";
    private static final String PEOPLE_USER = "neo4j";

    private final DatabaseManagementService management;
    private final GraphDatabaseService database;
    private final int boltPort;
    private final Path home;

    private final String servicePassword;

    private EmbeddedNeo4j(DatabaseManagementService management, GraphDatabaseService database, int boltPort, Path home,
            String servicePassword) {
        this.management = management;
        this.database = database;
        this.boltPort = boltPort;
        this.home = home;
        this.servicePassword = servicePassword;
    }

    /** Settings a user may choose; everything else is fixed by this class. */
    public record Settings(Path home, String boltHost, int boltPort, long pageCacheBytes, Duration transactionTimeout) {
        public Settings {
            if (boltPort < 0 || boltPort > 65535) {
                throw new IllegalArgumentException("Bolt port must be 0..65535, got " + boltPort);
            }
        }
    }

    /**
     * Starts the database, waits until it is available and registers GDS.
     *
     * @throws EmbeddedNeo4jException with a one-line reason when the port is taken, the store is
     *     locked by another process, or the folder cannot be used
     */
    public static EmbeddedNeo4j start(Settings settings) {
        return start(settings, true);
    }

    /**
     * As {@link #start(Settings)}; with {@code gds} false, GDS is not registered: the database then plays an
     * external server without the plugin (tests of what the service does there).
     */
    public static EmbeddedNeo4j start(Settings settings, boolean gds) {
        Path home = settings.home().toAbsolutePath().normalize();
        checkDataDirectory(home);
        if (settings.boltPort() != 0) {
            requireFreePort(settings.boltHost(), settings.boltPort());
        }
        long started = System.nanoTime();
        DatabaseManagementService management = build(home, settings);
        try {
            GraphDatabaseService database = management.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!database.isAvailable(Duration.ofSeconds(60).toMillis())) {
                throw new EmbeddedNeo4jException("The embedded database in " + home + " did not become available within 60 s");
            }
            GraphDatabaseAPI api = (GraphDatabaseAPI) database;
            long databaseReady = System.nanoTime();
            var registered = gds
                    ? GdsProcedures.register(api.getDependencyResolver().resolveDependency(GlobalProcedures.class),
                            EmbeddedNeo4j.class.getClassLoader())
                    : new GdsProcedures.Registered(0, 0, 0);
            int port = api.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT).getPort();
            BoltUsers.Passwords passwords = BoltUsers.prepare(management.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME),
                    home.resolve(PASSWORD_FILE), PEOPLE_USER, SERVICE_USER);
            management.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, new OutsideWrites(SERVICE_USER));
            long now = System.nanoTime();
            LOG.info("Embedded Neo4j ready in {} ms: store {}, Bolt at bolt://{}:{} (loopback only, password needed), "
                    + "GDS: {} procedure classes, {} function classes registered in {} ms",
                    (now - started) / 1_000_000, home, settings.boltHost(), port,
                    registered.procedureClasses(), registered.functionClasses(), (now - databaseReady) / 1_000_000);
            LOG.info("Neo4j Browser or cypher-shell: user {}, password in {}{} (readable by its owner only), e.g. "
                    + "cypher-shell -a bolt://localhost:{} -u {} -p \"$(cat {})\"", PEOPLE_USER, passwords.file(),
                    passwords.generated() ? " (generated now)" : "", port, PEOPLE_USER, passwords.file());
            return new EmbeddedNeo4j(management, database, port, home, passwords.service());
        } catch (RuntimeException e) {
            management.shutdown();
            throw e instanceof EmbeddedNeo4jException ? e : translate(e, home, settings);
        }
    }

    /** Creates the data directory when missing and checks that it is writable. */
    private static void checkDataDirectory(Path home) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new EmbeddedNeo4jException("Cannot create the data directory " + home + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(home)) {
            throw new EmbeddedNeo4jException("The data directory " + home + " is not writable");
        }
    }

    /** The database management service: Bolt on the given address without TLS, no HTTP, authentication on, GDS unrestricted. */
    private static DatabaseManagementService build(Path home, Settings settings) {
        try {
            var builder = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(settings.boltHost(), settings.boltPort()))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ZERO)
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"))
                    .setConfig(GraphDatabaseSettings.transaction_timeout, settings.transactionTimeout());
            if (settings.pageCacheBytes() > 0) {
                builder.setConfig(GraphDatabaseSettings.pagecache_memory, settings.pageCacheBytes());
            }
            return builder.build();
        } catch (RuntimeException e) {
            throw translate(e, home, settings);
        }
    }

    private static void requireFreePort(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new EmbeddedNeo4jException("Bolt port " + port + " on " + host
                    + " is already in use: stop the other process or set ECOSYSTEM_BOLT_PORT to a free port", e);
        }
    }

    private static EmbeddedNeo4jException translate(RuntimeException e, Path home, Settings settings) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage());
            if (name.contains("FileLockException") || message.contains("Lock file has been locked")
                    || message.contains("already locked")) {
                return new EmbeddedNeo4jException("The data directory " + home
                        + " is in use by another running Ecosystem Graph or Neo4j: stop it, or set ECOSYSTEM_DATA_DIR to another folder",
                        e);
            }
            if (name.contains("PortBindException") || message.contains("Address already in use")) {
                return new EmbeddedNeo4jException("Bolt port " + settings.boltPort() + " is already in use: "
                        + "stop the other process or set ECOSYSTEM_BOLT_PORT to a free port", e);
            }
        }
        return new EmbeddedNeo4jException("The embedded Neo4j in " + home + " failed to start: " + e.getMessage(), e);
    }

    /** How the service (and tests in its place) sign in over Bolt. */
    public AuthToken serviceAuth() {
        return AuthTokens.basic(SERVICE_USER, servicePassword);
    }

    /** The service's password (made at this start, in memory only), for the check that it never reaches a log. */
    public String servicePassword() {
        return servicePassword;
    }

    /** The password of the user neo4j, as kept in the data directory (for tests playing a person or an external server). */
    public String peoplePassword() {
        try {
            return Files.readString(home.resolve(PASSWORD_FILE)).strip();
        } catch (IOException e) {
            throw new EmbeddedNeo4jException("Cannot read " + home.resolve(PASSWORD_FILE) + ": " + e.getMessage(), e);
        }
    }

    /** The Bolt URI on the loopback interface. */
    public String boltUri() {
        return "bolt://localhost:" + boltPort;
    }

    public int boltPort() {
        return boltPort;
    }

    public Path home() {
        return home;
    }

    /** For the few things Bolt cannot do (tests that inspect the store directly). */
    public GraphDatabaseService database() {
        return database;
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        management.shutdown();
        LOG.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
