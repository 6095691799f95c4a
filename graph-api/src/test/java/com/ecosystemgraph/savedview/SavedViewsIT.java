package com.ecosystemgraph.savedview;

import static com.ecosystemgraph.support.Untyped.castList;
import static com.ecosystemgraph.support.Untyped.castMap;
import static com.ecosystemgraph.support.Untyped.mapType;
import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Named saved views per user: stored in the graph, only ever seen by their owner, typed and checked, audited. */
@ServiceTest(fixture = ServiceTest.EMPTY)
class SavedViewsIT {

    HttpGraphQlTester anonymous;

    @Autowired
    Driver driver;

    @Autowired
    void tester(HttpGraphQlTester tester) {
        anonymous = tester;
    }

    HttpGraphQlTester as(Role role) {
        return Users.as(anonymous, role);
    }

    HttpGraphQlTester key(Role role) {
        return anonymous.mutate().headers(h -> h.set("X-API-Key", Users.apiKey(role)))
                .webTestClient(c -> c.responseTimeout(Duration.ofSeconds(60))).responseTimeout(Duration.ofSeconds(60)).build();
    }

    static Map<String, Object> canvas() {
        Map<String, Object> canvas = new HashMap<>();
        canvas.put("nodes", List.of("Partner:P0001", "Customer:C00042"));
        canvas.put("depth", 2);
        canvas.put("kinds", List.of("PARTNER", "CUSTOMER"));
        canvas.put("region", "North America");
        canvas.put("colour", "PROPERTY");
        canvas.put("colourProperty", "arr");
        canvas.put("expandTypes", List.of("SERVES", "REFERRED"));
        canvas.put("expandDirection", "OUT");
        canvas.put("labelRank", "PAGERANK");
        canvas.put("selected", "Partner:P0001");
        canvas.put("pathTo", "Customer:C00042");
        canvas.put("allPaths", true);
        return canvas;
    }

    Map<String, Object> save(HttpGraphQlTester who, Map<String, Object> input) {
        return who.documentName("saveView").variable("input", input).execute().path("saveView").entity(mapType()).get();
    }

    List<Map<String, Object>> listed(HttpGraphQlTester who) {
        return who.documentName("savedViews").execute().path("savedViews").entityList(mapType()).get();
    }

    @Test
    void anExplorerCanvasAndAnAnalyticsFilterAreSavedAndComeBackTyped() {
        Map<String, Object> explorer = save(as(Role.VIEWER),
                Map.of("name", "  P0001 and its biggest customer ", "target", "EXPLORER", "canvas", canvas()));
        assertThat((List<?>) explorer.get("errors")).isEmpty();
        Map<String, Object> analytics = save(as(Role.VIEWER), Map.of("name", "EMEA resellers, FY26", "target", "PORTFOLIO",
                "filter",
                Map.of("from", "2025-10-01", "asOf", "2026-09-30", "regions", List.of("europe"), "partnerTypes", List.of("RESELLER"))));
        assertThat((List<?>) analytics.get("errors")).isEmpty();

        List<Map<String, Object>> views = listed(as(Role.VIEWER));
        assertThat(views).extracting(v -> v.get("name")).containsExactly("EMEA resellers, FY26", "P0001 and its biggest customer");
        Map<String, Object> c = castMap(views.get(1).get("canvas"));
        assertThat(c.get("nodes")).isEqualTo(List.of("Partner:P0001", "Customer:C00042"));
        assertThat(c.get("depth")).isEqualTo(2);
        assertThat(c.get("perNodeLimit")).isEqualTo(50);
        assertThat(c.get("region")).isEqualTo("north_america");
        assertThat(c.get("colour")).isEqualTo("PROPERTY");
        assertThat(c.get("colourProperty")).isEqualTo("arr");
        assertThat(c.get("expandTypes")).isEqualTo(List.of("SERVES", "REFERRED"));
        assertThat(c.get("expandDirection")).isEqualTo("OUT");
        assertThat(c.get("labelRank")).isEqualTo("PAGERANK");
        assertThat(c.get("layout")).isEqualTo("FORCE");
        assertThat(c.get("allPaths")).isEqualTo(true);
        assertThat(c.get("throughHubs")).isEqualTo(false);
        assertThat(views.get(1).get("filter")).isNull();
        Map<String, Object> f = castMap(views.get(0).get("filter"));
        assertThat(f).containsEntry("from", "2025-10-01").containsEntry("asOf", "2026-09-30")
                .containsEntry("regions", List.of("emea")).containsEntry("partnerTypes", List.of("RESELLER"))
                .containsEntry("tiers", List.of());
        assertThat(views.get(0).get("canvas")).isNull();
        // by target
        assertThat(as(Role.VIEWER).documentName("savedViews").variable("target", "EXPLORER").execute()
                .path("savedViews").entityList(mapType()).get()).hasSize(1);
    }

    @Test
    void eachUserSeesOnlyTheirOwnViewsAndCannotTouchAnothersById() {
        Map<String, Object> mine = castMap(save(as(Role.VIEWER), Map.of("name", "Mine", "target", "REFERRALS")).get("savedView"));
        String id = (String) mine.get("id");
        // another user, an admin, and the viewer's own API key (a user of its own) see none of it
        for (HttpGraphQlTester other : List.of(as(Role.RECRUITER), as(Role.ADMIN), key(Role.VIEWER))) {
            assertThat(listed(other)).isEmpty();
            Map<String, Object> overwrite = save(other, Map.of("id", id, "name", "Taken over", "target", "REFERRALS"));
            assertThat(overwrite.get("savedView")).isNull();
            assertThat((List<Map<String, Object>>) overwrite.get("errors")).singleElement()
                    .satisfies(e -> assertThat(e).containsEntry("field", "id").containsEntry("code", "NOT_FOUND"));
            other.documentName("deleteSavedView").variable("id", id).execute()
                    .path("deleteSavedView.deletedId").valueIsNull()
                    .path("deleteSavedView.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        }
        // the same name is free for another user
        assertThat((List<?>) save(as(Role.RECRUITER), Map.of("name", "Mine", "target", "REFERRALS")).get("errors")).isEmpty();
        List<Map<String, Object>> still = listed(as(Role.VIEWER));
        assertThat(still).singleElement().satisfies(v -> assertThat(v).containsEntry("id", id).containsEntry("name", "Mine"));
        // the owner deletes it
        as(Role.VIEWER).documentName("deleteSavedView").variable("id", id).execute().path("deleteSavedView.deletedId").entity(String.class)
                .isEqualTo(id);
        assertThat(listed(as(Role.VIEWER))).isEmpty();
        assertThat(listed(as(Role.RECRUITER))).hasSize(1);
    }

    @Test
    void savingUnderANameReplacesThatViewAndAnIdRenamesIt() {
        String first = (String) castMap(save(as(Role.VIEWER), Map.of("name", "Q3", "target", "PORTFOLIO")).get("savedView")).get("id");
        String again = (String) castMap(save(as(Role.VIEWER), Map.of("name", "Q3", "target", "PORTFOLIO",
                "filter", Map.of("tiers", List.of("GOLD")))).get("savedView")).get("id");
        assertThat(again).isEqualTo(first);
        assertThat(listed(as(Role.VIEWER))).singleElement()
                .satisfies(v -> assertThat(castMap(v.get("filter"))).containsEntry("tiers", List.of("GOLD")));
        save(as(Role.VIEWER), Map.of("name", "Q4", "target", "PORTFOLIO"));
        // renaming onto another view's name is refused; renaming to a free one keeps the id
        Map<String, Object> clash = save(as(Role.VIEWER), Map.of("id", first, "name", "Q4", "target", "PORTFOLIO"));
        assertThat((List<Map<String, Object>>) clash.get("errors")).singleElement().satisfies(e -> assertThat(e.get("message").toString())
                .isEqualTo("you already have another view named 'Q4': choose another name, or save over that one"));
        Map<String, Object> renamed = castMap(
                save(as(Role.VIEWER), Map.of("id", first, "name", "Q3 (old)", "target", "PORTFOLIO")).get("savedView"));
        assertThat(renamed).containsEntry("id", first).containsEntry("name", "Q3 (old)");
        assertThat(listed(as(Role.VIEWER))).extracting(v -> v.get("name")).containsExactlyInAnyOrder("Q3 (old)", "Q4");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndWritesNothing() {
        Map<String, Object> canvas = new HashMap<>(canvas());
        canvas.put("nodes", List.of("Partner:P0001", "P0002"));
        canvas.put("depth", 3);
        canvas.put("region", "Atlantis");
        canvas.put("colourProperty", "arr; DROP");
        canvas.put("selected", null);
        Map<String, Object> answer = save(as(Role.VIEWER), Map.of("name", "", "target", "EXPLORER", "canvas", canvas,
                "filter", Map.of("tiers", List.of("GOLD"))));
        assertThat(answer.get("savedView")).isNull();
        List<Map<String, Object>> errors = castList(answer.get("errors"));
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder("name", "canvas.nodes[1]", "canvas.depth",
                "canvas.region", "canvas.colourProperty", "canvas.colourProperty", "canvas.pathTo", "filter");
        assertThat(errors).allSatisfy(e -> assertThat(e.get("code")).isEqualTo("INVALID"));
        assertThat(errors).anySatisfy(
                e -> assertThat(e.get("message").toString()).startsWith("'Atlantis' is not a known region; accepted: north_america"));
        // an analytics view with a canvas, an EXPLORER view without one, a period that ends before it starts
        assertThat(castList(save(as(Role.VIEWER), Map.of("name", "x", "target", "PORTFOLIO", "canvas", canvas())).get("errors")))
                .extracting(e -> e.get("field")).containsExactly("canvas");
        assertThat(castList(save(as(Role.VIEWER), Map.of("name", "x", "target", "EXPLORER")).get("errors")))
                .extracting(e -> e.get("message")).containsExactly("an EXPLORER view needs its canvas");
        assertThat(castList(save(as(Role.VIEWER), Map.of("name", "x", "target", "COMBINATIONS",
                "filter", Map.of("from", "2026-01-01", "asOf", "2025-01-01"))).get("errors")))
                .extracting(e -> e.get("message")).containsExactly("the period starts (2026-01-01) after it ends (2025-01-01)");
        assertThat(listed(as(Role.VIEWER))).isEmpty();
    }

    @Test
    void everySaveAndDeleteIsInTheAuditTrailWithItsOwner() {
        String id = (String) castMap(save(as(Role.RECRUITER), Map.of("name", "Audited", "target", "COMBINATIONS")).get("savedView"))
                .get("id");
        save(as(Role.RECRUITER), Map.of("name", "", "target", "COMBINATIONS"));
        as(Role.RECRUITER).documentName("deleteSavedView").variable("id", id).execute();
        List<Map<String, Object>> events = as(Role.ADMIN).documentName("auditEvents").variable("filter", Map.of("actor", "recruiter"))
                .execute().path("auditEvents.edges[*].node").entityList(mapType()).get();
        assertThat(events).extracting(e -> e.get("operation") + " " + e.get("outcome"))
                .containsExactly("deleteSavedView SUCCEEDED", "saveView REJECTED", "saveView SUCCEEDED");
        assertThat(events.get(0).get("nodeIds")).isEqualTo(List.of(id));
        assertThat(events.get(2).get("summary").toString()).contains("name=Audited").contains("target=COMBINATIONS");
        assertThat(events.get(1).get("summary").toString()).contains("the name is empty");
    }
}
