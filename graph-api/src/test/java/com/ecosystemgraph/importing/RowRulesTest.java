package com.ecosystemgraph.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ecosystemgraph.graph.PartnerStatus;
import com.ecosystemgraph.graph.PartnerType;
import com.ecosystemgraph.graph.Segment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.data.ArgumentValue;

class RowRulesTest {

    private static final Set<String> ALL_PARTNER_COLUMNS = Set.of("id", "name", "type", "status", "tier", "region",
            "industries", "employees", "certified_staff", "signed_on", "portal_logins_90d", "trainings_completed",
            "content_downloads_90d", "hourly_rate");

    @Test
    void parsesEveryTypeOfCell() {
        List<RowRules.Violation> violations = new ArrayList<>();
        RowRules.Values values = RowRules.check(EcosystemFile.PARTNERS, Map.of(
                "id", " P1 ", "name", "Acme", "type", "Technology", "industries", "retail; ;software",
                "employees", "120", "signed_on", "2024-02-29", "hourly_rate", "99.50", "tier", ""), ALL_PARTNER_COLUMNS, violations);

        assertThat(violations).isEmpty();
        assertThat(values.get("id")).isEqualTo("P1");
        assertThat(values.get("type")).isEqualTo("technology");
        assertThat(values.get("industries")).isEqualTo(List.of("retail", "software"));
        assertThat(values.get("employees")).isEqualTo(120L);
        assertThat(values.get("signed_on")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(values.get("hourly_rate")).isEqualTo(99.5);
        assertThat(values.byColumn()).containsEntry("tier", null).containsEntry("status", null);
    }

    @Test
    void reportsEachBrokenCellWithItsReason() {
        List<RowRules.Violation> violations = new ArrayList<>();
        RowRules.check(EcosystemFile.PARTNERS, Map.of("id", "", "name", "X", "type", "partner", "employees", "-3",
                "signed_on", "01/02/2024", "hourly_rate", "1,000"), ALL_PARTNER_COLUMNS, violations);

        assertThat(violations).containsExactly(
                new RowRules.Violation("id", "required value is missing"),
                new RowRules.Violation("type",
                        "'partner' is not a known type; accepted: referral, technology, reseller, strategic, services"),
                new RowRules.Violation("employees", "'-3' is outside the allowed range (at least 0)"),
                new RowRules.Violation("signed_on", "'01/02/2024' is not a date in the form YYYY-MM-DD"),
                new RowRules.Violation("hourly_rate",
                        "'1,000' is not a plain decimal number (no currency symbols or thousands separators)"));
    }

    @Test
    void columnsAbsentFromTheHeaderAreLeftOutNotCleared() {
        List<RowRules.Violation> violations = new ArrayList<>();
        RowRules.Values values = RowRules.check(EcosystemFile.CUSTOMERS, Map.of("id", "C1", "name", "Globex"),
                Set.of("id", "name"), violations);

        assertThat(violations).isEmpty();
        assertThat(RowRules.properties(EcosystemFile.CUSTOMERS, values)).containsExactlyEntriesOf(Map.of("name", "Globex"));
    }

    @Test
    void rulesThatSpanCells() {
        List<RowRules.Violation> violations = new ArrayList<>();
        RowRules.check(EcosystemFile.PARTNERS, Map.of("id", "Q1", "name", "Q", "type", "services", "status", "prospect",
                "signed_on", "2024-01-01"), ALL_PARTNER_COLUMNS, violations);
        RowRules.check(EcosystemFile.DEALS, Map.of("id", "D1", "customer_id", "C1", "amount", "10", "outcome", "won",
                "created_on", "2024-03-01", "closed_on", "2024-02-01", "source", "direct"),
                Set.of("id", "customer_id", "amount", "outcome", "created_on", "closed_on", "source"), violations);

        assertThat(violations).extracting(RowRules.Violation::column).containsExactly("signed_on", "closed_on");
    }

    @Test
    void headersMissingRequiredColumnsAreNamed() {
        assertThat(RowRules.missingRequiredColumns(EcosystemFile.DEALS, Set.of("id", "amount", "source")))
                .containsExactly("customer_id", "outcome", "created_on");
    }

    @Test
    void typedValuesBreakTheSameRulesWithTheSameWordsAsCells() {
        Map<String, String> cells = Map.of("id", "P1", "name", "  ", "type", "partner", "region", "Atlantis", "industries",
                "retail;nowhere", "employees", "-3", "hourly_rate", "-0.5");
        Map<String, Object> typed = Map.of("id", "P1", "name", "  ", "type", "partner", "region", "Atlantis", "industries",
                List.of("retail", "nowhere"), "employees", -3, "hourly_rate", -0.5);
        List<RowRules.Violation> fromCells = new ArrayList<>();
        List<RowRules.Violation> fromValues = new ArrayList<>();

        RowRules.check(EcosystemFile.PARTNERS, cells, cells.keySet(), fromCells);
        RowRules.validate(EcosystemFile.PARTNERS, typed, fromValues);

        assertThat(fromValues).hasSize(6).isEqualTo(fromCells);
        assertThat(fromValues).extracting(RowRules.Violation::column)
                .containsExactly("name", "type", "region", "industries", "employees", "hourly_rate");
    }

    @Test
    void typedValuesAreStoredAsTheirCellsWouldBe() {
        Map<String, Object> typed = new HashMap<>(Map.of("id", " P1 ", "name", "Cafe\u0301", "type", PartnerType.TECHNOLOGY,
                "status", PartnerStatus.PROSPECT, "industries", List.of(" Retail ", "", "software"), "employees", 120,
                "hourly_rate", 99.5, "region", "  "));
        typed.put("tier", null);
        List<RowRules.Violation> violations = new ArrayList<>();

        RowRules.Values values = RowRules.validate(EcosystemFile.PARTNERS, typed, violations);

        assertThat(violations).isEmpty();
        assertThat(values.get("id")).isEqualTo("P1");
        assertThat(values.get("name")).isEqualTo("Caf\u00e9");
        assertThat(values.get("type")).isEqualTo("technology");
        assertThat(values.get("status")).isEqualTo("prospect");
        assertThat(values.get("industries")).isEqualTo(List.of("retail", "software"));
        assertThat(values.get("employees")).isEqualTo(120L);
        assertThat(values.get("hourly_rate")).isEqualTo(99.5);
        assertThat(values.byColumn()).containsEntry("tier", null).containsEntry("region", null).doesNotContainKey("signed_on");
    }

    @Test
    void typedValuesKeepTheRulesAcrossFieldsAndTheRequiredOnes() {
        Map<String, Object> typed = new HashMap<>(Map.of("id", "Q1", "type", PartnerType.SERVICES, "status", PartnerStatus.PROSPECT,
                "signed_on", LocalDate.of(2024, 1, 1)));
        typed.put("name", null);
        List<RowRules.Violation> violations = new ArrayList<>();

        RowRules.validate(EcosystemFile.PARTNERS, typed, violations);

        assertThat(violations).containsExactly(new RowRules.Violation("name", "required value is missing"),
                new RowRules.Violation("signed_on", "a prospect has not signed: leave signed_on empty or change status"));
    }

    @Test
    void aFieldLeftOutIsAbsentFromTheRowAndANullOneIsPresent() {
        RowInput row = RowInput.of(EcosystemFile.CUSTOMERS).with("id", "C1").with("nps", ArgumentValue.omitted())
                .with("arr", ArgumentValue.ofNullable(null)).with("segment", ArgumentValue.ofNullable(Segment.SMB));

        assertThat(row.values()).containsOnlyKeys("id", "arr", "segment").containsEntry("arr", null);
        assertThatThrownBy(() -> RowInput.of(EcosystemFile.CUSTOMERS).with("employees", 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
