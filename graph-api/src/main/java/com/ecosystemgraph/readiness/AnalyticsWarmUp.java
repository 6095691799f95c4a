package com.ecosystemgraph.readiness;

import com.ecosystemgraph.config.EcosystemProperties;
import com.ecosystemgraph.cypher.CypherStatements;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Has every analysis answer once before the service reports ready: runs each GraphQL document of
 * {@code classpath:warm-up/} (one per analysis, the web client's selection) as a viewer, through the
 * same handler as API requests, so the Cypher plans, the page cache and the JIT are warm for the
 * first real request. Bounded by {@code ECOSYSTEM_WARMUP_TIMEOUT}: when it runs out the service
 * becomes ready anyway and the log names the analyses not warmed. An analysis that fails here is
 * logged and does not stop the start.
 */
@Component
@Order(300)
public class AnalyticsWarmUp implements WarmUpStep {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsWarmUp.class);
    static final String DOCUMENTS = "classpath*:warm-up/*.graphql";
    private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)\\s*:");

    /** One warm-up document: its file name (without .graphql), text and the variables it declares. */
    public record Document(String name, String text, List<String> variables) {
    }

    /** What one document did: how long it took, and its first error when it had one. */
    record Answer(String name, Duration took, String error) {
    }

    private final ObjectProvider<WebGraphQlHandler> handler;
    private final Driver driver;
    private final String database;
    private final WarmUpProperties properties;

    AnalyticsWarmUp(ObjectProvider<WebGraphQlHandler> handler, Driver driver, EcosystemProperties ecosystem, WarmUpProperties properties) {
        this.handler = handler;
        this.driver = driver;
        this.database = ecosystem.neo4j().database();
        this.properties = properties;
    }

    @Override
    public String description() {
        return "answering each analysis once";
    }

    @Override
    public boolean applies() {
        // no GraphQL handler without a web server (one-off commands, tests without one)
        return properties.enabled() && handler.getIfAvailable() != null;
    }

    @Override
    public void run() {
        WebGraphQlHandler graphQl = handler.getObject();
        long started = System.nanoTime();
        Map<String, Object> ids = sampleIds();
        List<Answer> answers = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> notWarmed = new ArrayList<>();
        long deadline = System.nanoTime() + properties.timeout().toNanos();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "warm-up");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Document document : documents()) {
                Map<String, Object> variables = new HashMap<>();
                for (String variable : document.variables()) {
                    if (ids.get(variable) != null) {
                        variables.put(variable, ids.get(variable));
                    }
                }
                if (variables.size() < document.variables().size()) {
                    skipped.add(document.name());
                    continue;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    notWarmed.add(document.name());
                    continue;
                }
                Future<Answer> answer = worker.submit(() -> execute(graphQl, document, variables));
                try {
                    answers.add(answer.get(left, TimeUnit.NANOSECONDS));
                } catch (TimeoutException e) {
                    // The running analysis ends on its own (at the latest at the transaction timeout).
                    notWarmed.add(document.name());
                } catch (ExecutionException e) {
                    answers.add(new Answer(document.name(), Duration.ZERO, String.valueOf(e.getCause().getMessage())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } finally {
            worker.shutdown();
        }
        report(answers, skipped, notWarmed, Duration.ofNanos(System.nanoTime() - started));
    }

    private void report(List<Answer> answers, List<String> skipped, List<String> notWarmed, Duration took) {
        answers.forEach(a -> LOG.debug("Warm-up: {} answered in {} ms{}", a.name(), a.took().toMillis(),
                a.error() == null ? "" : " with an error: " + a.error()));
        String slowest = answers.stream().sorted(Comparator.comparing(Answer::took).reversed()).limit(3)
                .map(a -> String.format(Locale.ROOT, "%s %.1f s", a.name(), a.took().toMillis() / 1000.0))
                .collect(Collectors.joining(", "));
        LOG.info("Warm-up: {} analyses answered once in {} ms (slowest: {}){}{}", answers.size(), took.toMillis(), slowest,
                skipped.isEmpty() ? "" : "; skipped for lack of data: " + String.join(", ", skipped),
                notWarmed.isEmpty()
                        ? ""
                        : "; not warmed within ECOSYSTEM_WARMUP_TIMEOUT (" + properties.timeout().toSeconds() + " s): "
                                + String.join(", ", notWarmed));
        answers.stream().filter(a -> a.error() != null)
                .forEach(a -> LOG.warn("Warm-up: {} answered with an error: {}", a.name(), a.error()));
    }

    /** Runs one document as a viewer and waits for its answer. */
    private Answer execute(WebGraphQlHandler graphQl, Document document, Map<String, Object> variables) {
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("warm-up", null,
                List.of(new SimpleGrantedAuthority("ROLE_VIEWER"))));
        SecurityContextHolder.setContext(security);
        long started = System.nanoTime();
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", document.text());
            body.put("variables", variables);
            WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(), null, null,
                    Map.of(), body, "warm-up-" + document.name(), Locale.ROOT);
            WebGraphQlResponse response = graphQl.handleRequest(request).block();
            List<ResponseError> errors = response == null ? List.of() : response.getErrors();
            return new Answer(document.name(), Duration.ofNanos(System.nanoTime() - started),
                    errors.isEmpty() ? null : errors.getFirst().getMessage());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Every warm-up document, in file name order. */
    public static List<Document> documents() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(DOCUMENTS);
            List<Document> documents = new ArrayList<>();
            for (Resource resource : Arrays.stream(resources).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                String text = resource.getContentAsString(StandardCharsets.UTF_8);
                List<String> variables = new ArrayList<>();
                Matcher matcher = VARIABLE.matcher(text);
                while (matcher.find()) {
                    variables.add(matcher.group(1));
                }
                documents.add(new Document(resource.getFilename().replaceFirst("\\.graphql$", "").replaceFirst("^\\d+-", ""), text,
                        variables));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the warm-up documents", e);
        }
    }

    private Map<String, Object> sampleIds() {
        SessionConfig config = database == null || database.isBlank() ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
        try (var session = driver.session(config)) {
            Record r = session.executeRead(tx -> tx.run(CypherStatements.query("warm-up/sample-ids")).single());
            Map<String, Object> ids = new HashMap<>();
            ids.put("partnerId", r.get("partnerId").isNull() ? null : r.get("partnerId").asString());
            ids.put("prospectId", r.get("prospectId").isNull() ? null : r.get("prospectId").asString());
            return ids;
        }
    }
}
