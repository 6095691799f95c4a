package com.ecosystemgraph.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.demodata.DemoEcosystemGenerator;
import com.ecosystemgraph.demodata.DemoOptions;
import com.ecosystemgraph.importing.EcosystemImporter;
import com.ecosystemgraph.importing.ImportService;
import com.ecosystemgraph.scoring.ScoringService;
import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceData;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.TestNeo4j;
import com.ecosystemgraph.support.Users;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The examples of docs/api.md, extracted from the file (so the guide cannot drift from the service)
 * and run verbatim against the demo ecosystem: every operation of every {@code graphql} block, and
 * the {@code curl} commands with a real curl (the API key one with an API key of the service).
 */
@ServiceTest
class DocsExamplesIT {

    private static final Path GUIDE = Path.of("../docs/api.md");
    private static final Pattern BLOCK = Pattern.compile("```(graphql|bash)\\n(.*?)```", Pattern.DOTALL);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebTestClient web;

    @Autowired
    Driver driver;

    @Autowired
    ImportService importService;

    @Autowired
    ScoringService scoring;

    @LocalServerPort
    int port;

    @Test
    void everyGraphQlExampleOfTheGuideAnswersWithoutErrors() throws Exception {
        demoEcosystemScored();
        List<String> operations = new ArrayList<>();
        for (String block : blocks("graphql")) {
            Document document = Parser.parse(block);
            document.getDefinitionsOfType(OperationDefinition.class).forEach(op -> operations.add(AstPrinter.printAst(op)));
        }
        assertThat(operations).as("operations in docs/api.md").hasSizeGreaterThanOrEqualTo(7);
        for (String operation : operations) {
            JsonNode answer = post(operation);
            assertThat(answer.path("errors").isMissingNode()).as(operation + "\n-> " + answer).isTrue();
            answer.path("data").forEach(field -> assertThat(field.path("errors").isMissingNode() || field.path("errors").isEmpty())
                    .as(operation + "\n-> " + answer).isTrue());
        }
    }

    @Test
    void theCurlExamplesRunVerbatim() throws Exception {
        ServiceData.resetToFixture(driver, importService);
        List<String> commands = new ArrayList<>();
        for (String block : blocks("bash")) {
            String joined = block.replace("\\\n", " ");
            joined.lines().map(String::strip).filter(line -> line.startsWith("curl ")).forEach(commands::add);
        }
        assertThat(commands).as("the Basic and the API key example").hasSizeGreaterThanOrEqualTo(2);
        for (String command : commands) {
            String local = command.replace("http://localhost:8080", "http://localhost:" + port);
            ProcessBuilder process = new ProcessBuilder("bash", "-c", local + " --silent --show-error --max-time 60");
            process.environment().put("KEY", Users.apiKey(Role.VIEWER));
            process.redirectErrorStream(true);
            Process running = process.start();
            String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(running.waitFor()).as(command + " -> " + output).isZero();
            JsonNode answer = JSON.readTree(output);
            assertThat(answer.path("errors").isMissingNode()).as(command + " -> " + output).isTrue();
            assertThat(answer.path("data").isObject()).as(command + " -> " + output).isTrue();
        }
    }

    private static List<String> blocks(String language) throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(Files.readString(GUIDE));
        while (matcher.find()) {
            if (matcher.group(1).equals(language)) {
                blocks.add(matcher.group(2));
            }
        }
        return blocks;
    }

    /** The demo ecosystem (seed 42, scale 1), as the guide's examples assume, scored by a trained model. */
    private void demoEcosystemScored() throws InterruptedException {
        assertThat(scoring.awaitStarted(Duration.ofMinutes(2))).isTrue();
        ServiceData.clear(driver);
        Path data = TestNeo4j.temporaryFolder("docs-examples-demo");
        new DemoEcosystemGenerator().generate(DemoOptions.defaults().withSeed(42), data);
        assertThat(importService.importFolder(data, null, EcosystemImporter.Progress.NONE).succeeded()).isTrue();
        scoring.start();
        assertThat(scoring.status()).isEqualTo(ScoringService.Status.READY);
    }

    private JsonNode post(String query) {
        byte[] body = web.post().uri("/graphql").headers(h -> h.setBasicAuth("admin", Users.password(Role.ADMIN)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", query)).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        return JSON.readTree(body);
    }
}
