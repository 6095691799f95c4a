package com.ecosystemgraph.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
}
