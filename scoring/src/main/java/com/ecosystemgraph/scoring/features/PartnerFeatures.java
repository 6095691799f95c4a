package com.ecosystemgraph.scoring.features;

import java.util.List;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The raw Ideal Partner Profile features of one partner or prospect, as the feature query
 * ({@code cypher/queries/scoring/partner-features.cypher}) returns them. Only what is known for a
 * prospect too: nothing from the partner's own deals, revenue or investments. Unknown counts are
 * {@code null}.
 *
 * @param id                   the partner's id
 * @param name                 company name (for explanations, not a feature)
 * @param status               {@code active}, {@code prospect} or {@code churned} (not a feature)
 * @param type                 partnership type
 * @param region               sales region
 * @param industries           industries it works in
 * @param employees            head count, null when unknown
 * @param certifiedStaff       staff certified on our product, null when unknown
 * @param portalLogins90d      portal logins in the last 90 days
 * @param trainingsCompleted   trainings completed
 * @param contentDownloads90d  content downloads in the last 90 days
 * @param integrations         integrations it built with our product
 * @param maxIntegrationDepth  deepest of them (0 none, 1 data sync, 2 workflow, 3 unified experience)
 * @param integrationCustomers our customers using its integrations
 * @param servedCustomers      our customers it already serves (account overlap)
 * @param servedEnterprise     of which enterprise accounts
 * @param servedMidMarket      of which mid-market accounts
 * @param servedSmb            of which SMB accounts
 * @param industryShare        mean share of our active customers in its industries
 * @param strongIndustryShare  fraction of its industries among our three strongest
 * @param strongIndustries     its industries that are among our three strongest (for explanations)
 * @param regionShare          share of our active customers in its region
 * @param strongRegion         its region is one of our two strongest
 * @param pageRank             PageRank in the referral network
 * @param referralsMade        partners and customers it referred
 * @param partnerReferrers     partners that referred it
 * @param customerReferrers    customers that referred it
 * @param referrerId           its most prominent referrer, null when none
 * @param referrerName         that referrer's name
 * @param referrerKind         {@code partner} or {@code customer}
 * @param referrerStatus       that referrer's status when it is a partner
 * @param referrerTierRank     that referrer's assigned tier: 4 platinum .. 1 registered, 0 none
 * @param referrerReferrals    how many referrals that referrer made
 */
public record PartnerFeatures(
        String id,
        String name,
        String status,
        String type,
        String region,
        List<String> industries,
        Long employees,
        Long certifiedStaff,
        Long portalLogins90d,
        Long trainingsCompleted,
        Long contentDownloads90d,
        long integrations,
        long maxIntegrationDepth,
        long integrationCustomers,
        long servedCustomers,
        long servedEnterprise,
        long servedMidMarket,
        long servedSmb,
        double industryShare,
        double strongIndustryShare,
        List<String> strongIndustries,
        double regionShare,
        boolean strongRegion,
        double pageRank,
        long referralsMade,
        long partnerReferrers,
        long customerReferrers,
        String referrerId,
        String referrerName,
        String referrerKind,
        String referrerStatus,
        long referrerTierRank,
        long referrerReferrals) {

    public PartnerFeatures {
        industries = industries == null ? List.of() : List.copyOf(industries);
        strongIndustries = strongIndustries == null ? List.of() : List.copyOf(strongIndustries);
    }

    /** True for a company not yet signed. */
    public boolean prospect() {
        return "prospect".equals(status);
    }

    /** Maps one row of the feature query; the only place that knows its column names. */
    public static PartnerFeatures from(Record r) {
        return new PartnerFeatures(
                r.get("id").asString(),
                string(r.get("name")),
                string(r.get("status")),
                string(r.get("type")),
                string(r.get("region")),
                r.get("industries").asList(Value::asString),
                integer(r.get("employees")),
                integer(r.get("certifiedStaff")),
                integer(r.get("portalLogins90d")),
                integer(r.get("trainingsCompleted")),
                integer(r.get("contentDownloads90d")),
                r.get("integrations").asLong(),
                r.get("maxIntegrationDepth").asLong(),
                r.get("integrationCustomers").asLong(),
                r.get("servedCustomers").asLong(),
                r.get("servedEnterprise").asLong(),
                r.get("servedMidMarket").asLong(),
                r.get("servedSmb").asLong(),
                r.get("industryShare").asDouble(),
                r.get("strongIndustryShare").asDouble(),
                r.get("strongIndustries").asList(Value::asString),
                r.get("regionShare").asDouble(),
                r.get("strongRegion").asBoolean(),
                r.get("pageRank").asDouble(),
                r.get("referralsMade").asLong(),
                r.get("partnerReferrers").asLong(),
                r.get("customerReferrers").asLong(),
                string(r.get("referrerId")),
                string(r.get("referrerName")),
                string(r.get("referrerKind")),
                string(r.get("referrerStatus")),
                r.get("referrerTierRank").asLong(),
                r.get("referrerReferrals").asLong());
    }

    private static String string(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    private static Long integer(Value v) {
        return v == null || v.isNull() ? null : v.asLong();
    }
}
