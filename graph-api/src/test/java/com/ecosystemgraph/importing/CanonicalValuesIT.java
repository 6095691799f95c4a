package com.ecosystemgraph.importing;

import com.ecosystemgraph.graph.Vocabulary;
import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.cypher.CypherStatements;
import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One spelling per value: imports and mutations store the canonical form, filters match any accepted spelling. */
// The fixture spells regions NA, EMEA and APAC and industries "finance": mixed spellings.
@ServiceTest(fixture = ServiceTest.SMALL_ECOSYSTEM)
class CanonicalValuesIT {

    private static final Map<String, Vocabulary> BY_PROPERTY = Map.of("region", Vocabulary.REGION, "industry", Vocabulary.INDUSTRY,
            "type", Vocabulary.PARTNER_TYPE, "tier", Vocabulary.TIER, "status", Vocabulary.STATUS, "segment", Vocabulary.SEGMENT,
            "stage", Vocabulary.STAGE, "source", Vocabulary.SOURCE, "outcome", Vocabulary.OUTCOME, "kind", Vocabulary.INVESTMENT_KIND);

    @Autowired
    WebTestClient web;

    @Autowired
    Driver driver;

    @Test
    void everySpellingOfARegionFindsTheSamePartners() {
        List<String> emea = ids("EMEA");
        assertThat(emea).isNotEmpty();
        assertThat(ids("emea")).isEqualTo(emea);
        assertThat(ids("Emea")).isEqualTo(emea);
        assertThat(ids("Europe")).isEqualTo(emea);
        JsonNode unknown = graphql("{ partners(filter: {regions: [\"Mars\"]}) { totalCount } }");
        assertThat(unknown.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(unknown.at("/errors/0/message").asString()).contains("'Mars' is not a known region", "north_america, emea, apac, latam");
    }

    @Test
    void importsAndMutationsStoreOneSpellingPerValue() {
        graphql("mutation { upsertPartner(input: {id: \"P9\", name: \"Nine\", type: SERVICES, region: \"North America\","
                + " industries: [\"Financial Services\", \"FINANCE\", \"health\"]}) { errors { message } } }");
        graphql("mutation { upsertCustomer(input: {id: \"C9\", name: \"Nine\", region: \"north-america\", industry: \"Retail\"}) { errors { message } } }");
        JsonNode refused = graphql(
                "mutation { upsertPartner(input: {id: \"P8\", name: \"Eight\", type: SERVICES, region: \"Atlantis\"}) { errors { field message } } }");
        assertThat(refused.at("/data/upsertPartner/errors/0/field").asString()).isEqualTo("region");
        assertThat(refused.at("/data/upsertPartner/errors/0/message").asString()).contains("accepted: north_america, emea, apac, latam");

        Map<String, List<String>> stored = new HashMap<>();
        try (var session = driver.session()) {
            session.run(CypherStatements.fixture("distinct-values"))
                    .forEachRemaining(r -> stored.put(r.get("property").asString(), r.get("values").asList(Value::asString)));
        }
        stored.forEach((property, values) -> assertThat(BY_PROPERTY.get(property).storedValues()).as(property).containsAll(values));
        assertThat(stored.get("region")).contains("north_america", "emea", "apac").doesNotContain("NA", "EMEA", "APAC", "North America");
        assertThat(stored.get("industry")).contains("financial_services").doesNotContain("finance", "Financial Services", "health");
        assertThat(graphql("{ partner(id: \"P9\") { region industries } }").at("/data/partner/industries").toString())
                .isEqualTo("[\"financial_services\",\"healthcare\"]");
    }

    private List<String> ids(String region) {
        JsonNode answer = graphql("{ partners(filter: {regions: [\"" + region + "\"]}, first: 100) { edges { node { id } } } }");
        return answer.at("/data/partners/edges").valueStream().map(e -> e.at("/node/id").asString()).sorted().toList();
    }

    private JsonNode graphql(String query) {
        byte[] body = web.post().uri("/graphql").headers(h -> h.setBasicAuth("admin", Users.password(Role.ADMIN)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", query)).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        return JsonMapper.builder().build().readTree(body);
    }
}
