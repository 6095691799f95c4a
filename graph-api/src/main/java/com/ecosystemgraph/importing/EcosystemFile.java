package com.ecosystemgraph.importing;

import com.ecosystemgraph.graph.Vocabulary;
import com.ecosystemgraph.graph.NodeKind;
import static com.ecosystemgraph.importing.Column.optional;
import static com.ecosystemgraph.importing.Column.required;
import static com.ecosystemgraph.importing.ColumnType.BOOLEAN;
import static com.ecosystemgraph.importing.ColumnType.DATE;
import static com.ecosystemgraph.importing.ColumnType.DECIMAL;
import static com.ecosystemgraph.importing.ColumnType.ID;
import static com.ecosystemgraph.importing.ColumnType.INTEGER;
import static com.ecosystemgraph.importing.ColumnType.LIST;
import static com.ecosystemgraph.importing.ColumnType.NAME;
import static com.ecosystemgraph.importing.ColumnType.TEXT;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nine files of the ecosystem CSV v1 format (shared/ecosystem-csv.md), in the order they are
 * validated and written: a file only refers to files before it, so one pass finds every
 * reference.
 */
public enum EcosystemFile {

    PARTNERS("partners.csv", NodeKind.PARTNER, "import/upsert-partners", List.of(
            required("id", "id", ID),
            required("name", "name", NAME),
            required("type", "type", TEXT).of(Vocabulary.PARTNER_TYPE),
            optional("status", "status", TEXT).of(Vocabulary.STATUS),
            optional("tier", "tier", TEXT).of(Vocabulary.TIER),
            optional("region", "region", TEXT).of(Vocabulary.REGION),
            optional("industries", "industries", LIST).of(Vocabulary.INDUSTRY),
            optional("employees", "employees", INTEGER).atLeast(0),
            optional("certified_staff", "certifiedStaff", INTEGER).atLeast(0),
            optional("signed_on", "signedOn", DATE),
            optional("portal_logins_90d", "portalLogins90d", INTEGER).atLeast(0),
            optional("trainings_completed", "trainingsCompleted", INTEGER).atLeast(0),
            optional("content_downloads_90d", "contentDownloads90d", INTEGER).atLeast(0),
            optional("hourly_rate", "hourlyRate", DECIMAL).atLeast(0)),
            Map.of()),

    CUSTOMERS("customers.csv", NodeKind.CUSTOMER, "import/upsert-customers", List.of(
            required("id", "id", ID),
            required("name", "name", NAME),
            optional("industry", "industry", TEXT).of(Vocabulary.INDUSTRY),
            optional("region", "region", TEXT).of(Vocabulary.REGION),
            optional("segment", "segment", TEXT).of(Vocabulary.SEGMENT),
            optional("arr", "arr", DECIMAL).atLeast(0),
            optional("churned", "churned", BOOLEAN),
            optional("nps", "nps", INTEGER).range(-100, 100)),
            Map.of()),

    INTEGRATIONS("integrations.csv", NodeKind.INTEGRATION, "import/upsert-integrations", List.of(
            required("id", "id", ID),
            required("partner_id", null, ID),
            required("name", "name", NAME),
            required("depth", "depth", INTEGER).range(1, 3),
            optional("launched_on", "launchedOn", DATE)),
            Map.of("partner_id", List.of(NodeKind.PARTNER))),

    CUSTOMER_INTEGRATIONS("customer_integrations.csv", null, "import/merge-customer-integrations", List.of(
            required("customer_id", null, ID),
            required("integration_id", null, ID),
            optional("since", "since", DATE)),
            Map.of("customer_id", List.of(NodeKind.CUSTOMER), "integration_id", List.of(NodeKind.INTEGRATION))),

    DEALS("deals.csv", NodeKind.DEAL, "import/upsert-deals", List.of(
            required("id", "id", ID),
            required("customer_id", null, ID),
            required("amount", "amount", DECIMAL).atLeast(0),
            optional("stage", "stage", TEXT).of(Vocabulary.STAGE),
            required("outcome", "outcome", TEXT).of(Vocabulary.OUTCOME),
            required("created_on", "createdOn", DATE),
            optional("closed_on", "closedOn", DATE),
            required("source", "source", TEXT).of(Vocabulary.SOURCE)),
            Map.of("customer_id", List.of(NodeKind.CUSTOMER))),

    DEAL_PARTNERS("deal_partners.csv", null, "import/merge-deal-partners", List.of(
            required("deal_id", null, ID),
            required("partner_id", null, ID),
            required("role", null, TEXT).of(Vocabulary.ROLE),
            optional("registered_on", "registeredOn", DATE),
            optional("registration_stage", "registrationStage", TEXT)
                    .of(Vocabulary.REGISTRATION_STAGE),
            optional("partner_hours", "partnerHours", DECIMAL).atLeast(0),
            optional("partner_earnings", "partnerEarnings", DECIMAL).atLeast(0)),
            Map.of("deal_id", List.of(NodeKind.DEAL), "partner_id", List.of(NodeKind.PARTNER))),

    PARTNER_CUSTOMERS("partner_customers.csv", null, "import/merge-partner-customers", List.of(
            required("partner_id", null, ID),
            required("customer_id", null, ID),
            optional("since", "since", DATE)),
            Map.of("partner_id", List.of(NodeKind.PARTNER), "customer_id", List.of(NodeKind.CUSTOMER))),

    REFERRALS("referrals.csv", null, "import/merge-referrals", List.of(
            required("referrer_id", null, ID),
            required("referred_id", null, ID),
            required("referred_on", "referredOn", DATE)),
            Map.of("referrer_id", List.of(NodeKind.PARTNER, NodeKind.CUSTOMER),
                    "referred_id", List.of(NodeKind.PARTNER, NodeKind.CUSTOMER))),

    INVESTMENTS("investments.csv", NodeKind.INVESTMENT, "import/upsert-investments", List.of(
            required("id", "id", ID),
            required("partner_id", null, ID),
            required("kind", "kind", TEXT).of(Vocabulary.INVESTMENT_KIND),
            required("amount", "amount", DECIMAL).atLeast(0),
            required("spent_on", "spentOn", DATE),
            optional("hours", "hours", DECIMAL).atLeast(0)),
            Map.of("partner_id", List.of(NodeKind.PARTNER)));

    private final String fileName;
    private final NodeKind nodeKind;
    private final String statement;
    private final List<Column> columns;
    private final Map<String, List<NodeKind>> references;

    EcosystemFile(String fileName, NodeKind nodeKind, String statement, List<Column> columns,
            Map<String, List<NodeKind>> references) {
        this.fileName = fileName;
        this.nodeKind = nodeKind;
        this.statement = statement;
        this.columns = columns;
        this.references = references;
    }

    public String fileName() {
        return fileName;
    }

    /** The kind of node each row is, or {@code null} for files whose rows are relationships. */
    public NodeKind nodeKind() {
        return nodeKind;
    }

    /** Name of the Cypher statement that writes a batch of rows. */
    String statement() {
        return statement;
    }

    public List<Column> columns() {
        return columns;
    }

    /** Columns that hold ids of other nodes, with the kinds the id may name (tried in order). */
    Map<String, List<NodeKind>> references() {
        return references;
    }

    Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Only {@code partners.csv} must be present. */
    boolean mandatory() {
        return this == PARTNERS;
    }
}
