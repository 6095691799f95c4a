package com.ecosystemgraph.shortlist;

import static com.ecosystemgraph.support.Untyped.castList;
import static com.ecosystemgraph.support.Untyped.castMap;
import static com.ecosystemgraph.support.Untyped.mapType;
import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.security.Role;
import com.ecosystemgraph.support.ServiceTest;
import com.ecosystemgraph.support.Users;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The recruiting team's shortlist: one list for recruiters and admins, prospects only, status and notes, audited. */
// Q1 is the fixture's prospect.
@ServiceTest(fixture = ServiceTest.SMALL_ECOSYSTEM)
class ShortlistIT {

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

    Map<String, Object> shortlistProspect(Role role, Map<String, Object> input) {
        return as(role).documentName("shortlistProspect").variable("input", input).execute().path("shortlistProspect").entity(mapType())
                .get();
    }

    List<Map<String, Object>> shortlist(Role role) {
        return as(role).documentName("shortlist").execute().path("shortlist").entityList(mapType()).get();
    }

    @Test
    void aRecruiterShortlistsAProspectAndTheTeamSeesItsStatusAndNotes() {
        Map<String, Object> added = shortlistProspect(Role.RECRUITER, Map.of("prospectId", "Q1", "notes", "Met them at the summit"));
        assertThat((List<?>) added.get("errors")).isEmpty();
        assertThat(castMap(added.get("entry"))).containsEntry("status", "TO_CONTACT").containsEntry("addedBy", "recruiter")
                .containsEntry("notes", "Met them at the summit");
        // the admin (another member of the team) moves it on; the notes stay when left out
        Map<String, Object> moved = shortlistProspect(Role.ADMIN, Map.of("prospectId", "Q1", "status", "IN_TALKS"));
        assertThat(castMap(moved.get("entry"))).containsEntry("status", "IN_TALKS").containsEntry("notes", "Met them at the summit")
                .containsEntry("addedBy", "recruiter").containsEntry("updatedBy", "admin");
        List<Map<String, Object>> seen = shortlist(Role.RECRUITER);
        assertThat(seen).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("prospectId", "Q1").containsEntry("status", "IN_TALKS").containsEntry("updatedBy", "admin");
            assertThat(castMap(e.get("prospect"))).containsEntry("name", "Future Fit Ltd").containsEntry("status", "PROSPECT");
        });
        assertThat(shortlist(Role.ADMIN)).isEqualTo(seen);
        // notes sent as null are cleared; a status filter
        Map<String, Object> clear = new HashMap<>();
        clear.put("prospectId", "Q1");
        clear.put("notes", null);
        assertThat(castMap(shortlistProspect(Role.RECRUITER, clear).get("entry")).get("notes")).isNull();
        assertThat(as(Role.RECRUITER).documentName("shortlist").variable("statuses", List.of("SIGNED")).execute()
                .path("shortlist").entityList(mapType()).get()).isEmpty();
        // off the list
        as(Role.RECRUITER).documentName("removeFromShortlist").variable("prospectId", "Q1").execute()
                .path("removeFromShortlist.removedProspectId").entity(String.class).isEqualTo("Q1");
        assertThat(shortlist(Role.RECRUITER)).isEmpty();
    }

    @Test
    void onlyProspectsGoOnItAndViewersMayNotReadOrChangeIt() {
        Map<String, Object> partner = shortlistProspect(Role.RECRUITER, Map.of("prospectId", "P1"));
        assertThat(castList(partner.get("errors"))).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("field", "prospectId").containsEntry("code", "INVALID")
                .containsEntry("message", "P1 is a signed partner (status active), not a prospect: the shortlist is for prospects"));
        assertThat(castList(shortlistProspect(Role.RECRUITER, Map.of("prospectId", "Q404")).get("errors")))
                .extracting(e -> e.get("code") + ": " + e.get("message")).containsExactly("NOT_FOUND: no prospect has id Q404");
        String longNotes = "x".repeat(2_001);
        // over the cap every text argument has, refused before anything runs (the input rules), naming the field
        as(Role.RECRUITER).documentName("shortlistProspect").variable("input", Map.of("prospectId", "Q1", "notes", longNotes)).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(e.getMessage()).contains("shortlistProspect.input.notes").contains("at most 2000");
                }));
        assertThat(shortlist(Role.RECRUITER)).isEmpty();
        as(Role.VIEWER).documentName("shortlist").execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        as(Role.VIEWER).documentName("shortlistProspect").variable("input", Map.of("prospectId", "Q1")).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        assertThat(shortlist(Role.RECRUITER)).isEmpty();
    }

    @Test
    void anEntryOutlivesItsProspectsDeletionWithItsNotes() {
        shortlistProspect(Role.RECRUITER, Map.of("prospectId", "Q1", "status", "DECLINED", "notes", "Too small for now"));
        as(Role.RECRUITER).documentName("deleteProspect").execute().path("deleteNode.deletedNodes").entity(Integer.class).isEqualTo(1);
        assertThat(shortlist(Role.RECRUITER)).singleElement().satisfies(e -> {
            assertThat(e.get("prospect")).isNull();
            assertThat(e).containsEntry("status", "DECLINED").containsEntry("notes", "Too small for now");
        });
    }

    @Test
    void theAuditTrailHasEveryChangeAndRefusal() {
        shortlistProspect(Role.RECRUITER, Map.of("prospectId", "Q1", "notes", "first call on Monday"));
        shortlistProspect(Role.RECRUITER, Map.of("prospectId", "P1"));
        as(Role.VIEWER).documentName("removeFromShortlist").variable("prospectId", "Q1").execute();
        as(Role.RECRUITER).documentName("removeFromShortlist").variable("prospectId", "Q1").execute();
        List<Map<String, Object>> events = as(Role.ADMIN).documentName("auditEvents").variable("filter", Map.of("nodeId", "Q1"))
                .execute().path("auditEvents.edges[*].node").entityList(mapType()).get();
        assertThat(events).extracting(e -> e.get("actor") + " " + e.get("operation") + " " + e.get("outcome")).containsExactly(
                "recruiter removeFromShortlist SUCCEEDED", "viewer removeFromShortlist REFUSED", "recruiter shortlistProspect SUCCEEDED");
        assertThat(events.get(2).get("summary").toString()).contains("first call on Monday");
        List<Map<String, Object>> rejected = as(Role.ADMIN).documentName("auditEvents").variable("filter", Map.of("nodeId", "P1",
                "operations", List.of("shortlistProspect"))).execute().path("auditEvents.edges[*].node").entityList(mapType()).get();
        assertThat(rejected).singleElement().satisfies(e -> assertThat(e.get("outcome")).isEqualTo("REJECTED"));
    }
}
