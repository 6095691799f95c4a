package com.ecosystemgraph.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ecosystemgraph.support.GraphSnapshot;
import com.ecosystemgraph.support.TestNeo4j;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/** The CSV v1 import against a real embedded Neo4j. */
class EcosystemImporterIT {

    private final Driver driver = TestNeo4j.driver();
    private final EcosystemImporter importer = new EcosystemImporter(driver, null);

    @TempDir
    Path temp;

    @BeforeEach
    void clean() {
        TestNeo4j.clean();
    }

    @Test
    void importsEveryFileIntoTheDocumentedModel() throws Exception {
        ImportReport report = importer.importFolder(fixture(), EcosystemImporter.Options.defaults(), EcosystemImporter.Progress.NONE);

        assertThat(report.problems()).isEmpty();
        assertThat(report.succeeded()).isTrue();
        assertThat(report.rows()).isEqualTo(6 + 4 + 3 + 3 + 5 + 5 + 4 + 4 + 4);
        GraphSnapshot graph = GraphSnapshot.of(driver);
        assertThat(graph.nodeCount("Partner")).isEqualTo(6);
        assertThat(graph.nodeCount("Customer")).isEqualTo(4);
        assertThat(graph.nodeCount("Integration")).isEqualTo(3);
        assertThat(graph.nodeCount("Deal")).isEqualTo(5);
        assertThat(graph.nodeCount("Investment")).isEqualTo(4);
        assertThat(graph.relationshipCount("CO_SOLD")).isEqualTo(2);
        assertThat(graph.relationshipCount("SOURCED")).isEqualTo(2);
        assertThat(graph.relationshipCount("INFLUENCED")).isEqualTo(1);
        assertThat(graph.relationshipCount("FOR")).isEqualTo(5);
        assertThat(graph.relationshipCount("USES")).isEqualTo(3);
        assertThat(graph.relationshipCount("BUILT_BY")).isEqualTo(3);
        assertThat(graph.relationshipCount("SERVES")).isEqualTo(4);
        assertThat(graph.relationshipCount("REFERRED")).isEqualTo(4);
        assertThat(graph.relationshipCount("IN")).isEqualTo(4);

        try (var session = driver.session()) {
            var p1 = session.run("MATCH (p:Partner {id: 'P1'}) RETURN p").single().get("p").asMap();
            assertThat(p1).containsEntry("name", "Acme Cloud, Inc.")
                    .containsEntry("type", "strategic")
                    .containsEntry("industries", List.of("software", "retail"))
                    .containsEntry("employees", 12000L)
                    .containsEntry("signedOn", LocalDate.of(2021, 3, 1))
                    .containsEntry("hourlyRate", 250.0);
            var p3 = session.run("MATCH (p:Partner {id: 'P3'}) RETURN p").single().get("p").asMap();
            assertThat(p3).containsEntry("name", "Clear \"Path\" Consulting").containsEntry("status", "active");
            var p5 = session.run("MATCH (p:Partner {id: 'P5'}) RETURN p").single().get("p").asMap();
            assertThat(p5).doesNotContainKeys("certifiedStaff", "hourlyRate", "tier");
            var referral = session.run("MATCH (c:Customer {id: 'C1'})-[r:REFERRED]->(p:Partner {id: 'P2'}) RETURN r.referredOn AS d")
                    .single().get("d").asLocalDate();
            assertThat(referral).isEqualTo(LocalDate.of(2022, 5, 1));
            var coSold = session.run("MATCH (:Partner {id: 'P2'})-[r:CO_SOLD]->(:Deal {id: 'D1'}) RETURN r").single().get("r").asMap();
            assertThat(coSold).containsEntry("registrationStage", "after_first_meeting").containsEntry("partnerHours", 25.0);
            var snapshot = session.run("MATCH (e:Ecosystem) RETURN e.snapshotDate AS d").single().get("d").asLocalDate();
            assertThat(snapshot).isEqualTo(LocalDate.of(2024, 9, 1));
        }
    }

    @Test
    void importingTheSameFolderTwiceChangesNothing() throws Exception {
        ImportReport first = importer.importFolder(fixture(), EcosystemImporter.Options.defaults(), EcosystemImporter.Progress.NONE);
        GraphSnapshot afterFirst = GraphSnapshot.of(driver);
        ImportReport second = importer.importFolder(fixture(), EcosystemImporter.Options.defaults(), EcosystemImporter.Progress.NONE);

        assertThat(second.succeeded()).isTrue();
        assertThat(GraphSnapshot.of(driver)).isEqualTo(afterFirst);
        assertThat(first.files().stream().mapToLong(ImportReport.FileReport::nodesCreated).sum()).isEqualTo(22);
        assertThat(second.files().stream().mapToLong(ImportReport.FileReport::nodesCreated).sum()).isZero();
        assertThat(second.files().stream().mapToLong(ImportReport.FileReport::relationshipsCreated).sum()).isZero();
    }

    @Test
    void reimportingAChangedRowUpdatesItAndMovesRelationships() throws Exception {
        importer.importFolder(fixture(), EcosystemImporter.Options.defaults(), EcosystemImporter.Progress.NONE);
        Path changed = copyOfFixture();
        replace(changed.resolve("partners.csv"), "P4,Delta Resellers,reseller,active,registered,APAC,,45,0",
                "P4,Delta Resellers Group,reseller,active,silver,APAC,,45,");
        replace(changed.resolve("deals.csv"), "D4,C4,15000,proposal,open", "D4,C2,15000,proposal,open");
        replace(changed.resolve("deal_partners.csv"), "D3,P3,influenced", "D3,P3,co_sold");

        ImportReport report = importer.importFolder(changed, EcosystemImporter.Options.defaults(), EcosystemImporter.Progress.NONE);

        assertThat(report.succeeded()).isTrue();
        try (var session = driver.session()) {
            var p4 = session.run("MATCH (p:Partner {id: 'P4'}) RETURN p").single().get("p").asMap();
            assertThat(p4).containsEntry("name", "Delta Resellers Group").containsEntry("tier", "silver")
                    .doesNotContainKey("certifiedStaff");
            assertThat(session.run("MATCH (:Deal {id: 'D4'})-[:FOR]->(c) RETURN collect(c.id) AS ids").single()
                    .get("ids").asList()).containsExactly("C2");
            assertThat(session.run("MATCH (:Partner {id: 'P3'})-[r]->(:Deal {id: 'D3'}) RETURN collect(type(r)) AS t").single()
                    .get("t").asList()).containsExactly("CO_SOLD");
        }
        assertThat(GraphSnapshot.of(driver).nodeCount("Partner")).isEqualTo(6);
    }

    @Test
    void aFolderWithBadRowsIsRejectedWithEveryProblemAndTheGraphUnchanged() throws Exception {
        importer.importFolder(fixture(), EcosystemImporter.Options.defaults(), EcosystemImporter.Progress.NONE);
        GraphSnapshot before = GraphSnapshot.of(driver);
        Path broken = copyOfFixture();
        append(broken.resolve("partners.csv"), "P9,New Partner,alliance,active,,,,many,,2024-13-01,,,,$90");
        append(broken.resolve("partners.csv"), "P1,Duplicate,technology,,,,,,,,,,,");
        append(broken.resolve("customers.csv"), "C9,New Customer,retail,NA,huge,100,maybe,101");
        append(broken.resolve("deals.csv"), "D9,C404,100,,won,2024-05-01,2024-04-01,direct");
        append(broken.resolve("referrals.csv"), "P1,P1,2024-01-01");
        append(broken.resolve("deal_partners.csv"), "D1,P1,co_sold,,,,");

        ImportReport report = importer.importFolder(broken, EcosystemImporter.Options.defaults(), EcosystemImporter.Progress.NONE);

        assertThat(report.succeeded()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
                "partners.csv:8: type: 'alliance' is not a known type; accepted: referral, technology, reseller, strategic, services",
                "partners.csv:8: employees: 'many' is not a whole number",
                "partners.csv:8: signed_on: '2024-13-01' is not a calendar date",
                "partners.csv:8: hourly_rate: '$90' is not a plain decimal number (no currency symbols or thousands separators)",
                "partners.csv:9: id: id 'P1' already appears on line 2",
                "customers.csv:6: segment: 'huge' is not a known segment; accepted: smb, mid_market, enterprise",
                "customers.csv:6: churned: 'maybe' is not true or false",
                "customers.csv:6: nps: '101' is outside -100..100",
                "deals.csv:7: closed_on: closed on 2024-04-01 before it was created on 2024-05-01",
                "deals.csv:7: customer_id: unknown customer id 'C404': not in customers.csv and not in the graph",
                "deal_partners.csv:7: the pair D1/P1 already appears on line 2",
                "referrals.csv:6: referred_id: 'P1' cannot refer itself")
                .hasSize(12);
        assertThat(report.totalProblems()).isEqualTo(12);
        assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
    }

    @Test
    void idsAndNamesThatBreakTheInputRulesAreRejectedWithTheRuleAndTheGraphUnchanged() throws Exception {
        importer.importFolder(fixture(), EcosystemImporter.Options.defaults(), EcosystemImporter.Progress.NONE);
        GraphSnapshot before = GraphSnapshot.of(driver);
        Path broken = copyOfFixture();
        String rule = "(1-64 characters of letters A-Z a-z, digits and _ - . :)";
        append(broken.resolve("partners.csv"), "../../etc/passwd,Traversal,technology,,,,,,,,,,,");
        append(broken.resolve("partners.csv"), "P" + "9".repeat(9_999) + ",Long,technology,,,,,,,,,,,");
        append(broken.resolve("partners.csv"), "P10,\"Evil\u0007Corp\",technology,,,,,,,,,,,");
        append(broken.resolve("partners.csv"), "P11,Nova\u202ESystems,technology,,,,,,,,,,,");
        append(broken.resolve("partners.csv"), "P12," + "N".repeat(201) + ",technology,,,,,,,,,,,");
        append(broken.resolve("integrations.csv"), "I9,P1\u0000,Connector,1,");

        ImportReport report = importer.importFolder(broken, EcosystemImporter.Options.defaults(), EcosystemImporter.Progress.NONE);

        assertThat(report.succeeded()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::toString).contains(
                "partners.csv:8: id: '../../etc/passwd' is not a valid id " + rule,
                "partners.csv:9: id: an id of 10000 characters is too long " + rule,
                "partners.csv:10: name: contains the control character U+0007 at position 5 (control characters are not allowed)",
                "partners.csv:11: name: contains the bidirectional override U+202E at position 5"
                        + " (bidirectional overrides and isolates are not allowed)",
                "partners.csv:12: name: a text of 201 characters is too long (at most 200)",
                "integrations.csv:" + (Files.readAllLines(broken.resolve("integrations.csv")).size())
                        + ": partner_id: 'P1\\u0000' is not a valid id " + rule);
        assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
    }

    @Test
    void namesAreStoredInNfc() throws Exception {
        Path changed = copyOfFixture();
        replace(changed.resolve("partners.csv"), "Bolt Integrations", "Bo\u0301lt Integrations");
        ImportReport report = importer.importFolder(changed, EcosystemImporter.Options.defaults(), EcosystemImporter.Progress.NONE);
        assertThat(report.problems()).isEmpty();
        try (var session = driver.session()) {
            assertThat(session.run(com.ecosystemgraph.cypher.CypherStatements.fixture("partner-name"), java.util.Map.of("id", "P2"))
                    .single().get("name").asString()).isEqualTo("B\u00f3lt Integrations");
        }
    }

    @Test
    void referencesMayNameNodesAlreadyInTheGraph() throws Exception {
        importer.importFolder(fixture(), EcosystemImporter.Options.defaults(), EcosystemImporter.Progress.NONE);
        Path delta = Files.createDirectories(temp.resolve("delta"));
        Files.writeString(delta.resolve("partners.csv"), "id,name,type\nP7,Grove Partners,services\n");
        Files.writeString(delta.resolve("deals.csv"),
                "id,customer_id,amount,outcome,created_on,source\nD7,C3,5000,open,2024-09-10,partner_influenced\n");
        Files.writeString(delta.resolve("deal_partners.csv"), "deal_id,partner_id,role\nD7,P7,influenced\nD7,P3,influenced\n");
        Files.writeString(delta.resolve("referrals.csv"), "referrer_id,referred_id,referred_on\nC3,P7,2024-08-01\nP7,P404,2024-08-02\n");

        ImportReport rejected = importer.importFolder(delta, EcosystemImporter.Options.defaults(), EcosystemImporter.Progress.NONE);
        assertThat(rejected.problems()).extracting(ImportProblem::toString).containsExactly(
                "referrals.csv:3: referred_id: unknown partner or customer id 'P404': not in partners.csv or customers.csv and not in the graph");

        Files.writeString(delta.resolve("referrals.csv"), "referrer_id,referred_id,referred_on\nC3,P7,2024-08-01\n");
        ImportReport accepted = importer.importFolder(delta, EcosystemImporter.Options.defaults(), EcosystemImporter.Progress.NONE);
        assertThat(accepted.succeeded()).isTrue();
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (:Customer {id: 'C3'})-[:REFERRED]->(p:Partner {id: 'P7'}) RETURN count(*) AS n")
                    .single().get("n").asLong()).isEqualTo(1);
            assertThat(session.run("MATCH (p:Partner)-[:INFLUENCED]->(:Deal {id: 'D7'}) RETURN count(p) AS n")
                    .single().get("n").asLong()).isEqualTo(2);
            assertThat(session.run("MATCH (p:Partner {id: 'P7'}) RETURN p.status AS s").single().get("s").asString())
                    .isEqualTo("active");
        }
    }

    @Test
    void structuralProblemsAreReportedPerFile() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("structural"));
        Files.writeString(folder.resolve("partners.csv"), "id,type,colour\nP1,technology,blue\nP2,technology\n");
        Files.writeString(folder.resolve("customers.csv"), "id,name\nC1,\"unterminated\n");
        Files.writeString(folder.resolve("notes.csv"), "anything\n");

        ImportReport report = importer.importFolder(folder, EcosystemImporter.Options.defaults(), EcosystemImporter.Progress.NONE);

        assertThat(report.problems()).extracting(ImportProblem::toString).first().asString()
                .isEqualTo("partners.csv:1: name: required column is missing from the header");
        assertThat(report.problems()).extracting(ImportProblem::file).contains("customers.csv");
        assertThat(report.warnings()).containsExactly(
                "notes.csv: not a file of the ecosystem CSV v1 format, ignored",
                "partners.csv: column 'colour' is not part of the format, ignored");
        assertThat(GraphSnapshot.of(driver).nodes()).isEmpty();
    }

    @Test
    void aMissingPartnersFileOrFolderIsAClearError() {
        ImportReport noFolder = importer.importFolder(temp.resolve("nowhere"), EcosystemImporter.Options.defaults(),
                EcosystemImporter.Progress.NONE);
        assertThat(noFolder.problems()).extracting(ImportProblem::reason).singleElement().asString().contains("does not exist");
        ImportReport empty = importer.importFolder(temp, EcosystemImporter.Options.defaults(), EcosystemImporter.Progress.NONE);
        assertThat(empty.problems()).extracting(ImportProblem::toString)
                .containsExactly("partners.csv:0: file is missing: every import needs partners.csv");
    }

    @Test
    void anImportInterruptedMidwayConvergesWhenRunAgain() throws Exception {
        importer.importFolder(fixture(), EcosystemImporter.Options.defaults(), EcosystemImporter.Progress.NONE);
        GraphSnapshot clean = GraphSnapshot.of(driver);
        TestNeo4j.clean();

        var options = new EcosystemImporter.Options(2, 50, null);
        var crashing = new EcosystemImporter.Progress() {
            int batches;

            @Override
            public void written(EcosystemFile file, long rows) {
                if (++batches == 7) {
                    throw new IllegalStateException("simulated crash after 7 committed batches");
                }
            }
        };
        assertThatThrownBy(() -> importer.importFolder(fixture(), options, crashing)).hasMessageContaining("simulated crash");
        assertThat(GraphSnapshot.of(driver)).isNotEqualTo(clean);

        ImportReport rerun = importer.importFolder(fixture(), options, EcosystemImporter.Progress.NONE);

        assertThat(rerun.succeeded()).isTrue();
        assertThat(GraphSnapshot.of(driver)).isEqualTo(clean);
    }

    static Path fixture() throws URISyntaxException {
        return Path.of(EcosystemImporterIT.class.getResource("/ecosystem/small").toURI());
    }

    private Path copyOfFixture() throws Exception {
        Path copy = Files.createDirectories(temp.resolve("copy"));
        try (Stream<Path> files = Files.list(fixture())) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static void append(Path file, String line) throws IOException {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + line + "\n", StandardCharsets.UTF_8);
    }
}
