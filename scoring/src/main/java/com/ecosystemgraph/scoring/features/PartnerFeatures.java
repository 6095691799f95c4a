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
 * @param referralsMadeBeforeSigning of which before it signed (a prospect: all; a signed partner: dated
 *                             before its signing date)
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
        long referralsMadeBeforeSigning,
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

    /**
     * This company as a prospect shows it: what the partner program added since it signed taken
     * away. Portal logins, trainings and content downloads become unknown (the graph keeps no
     * history of them, so "as at signing" cannot be had) and only the referrals it made before
     * signing count. Everything else the feature query reads is a fact a company has before it
     * signs. A prospect's row is returned as it is. The prospect-like evaluation scores held-out
     * partners so.
     */
    public PartnerFeatures asProspect() {
        if (prospect()) {
            return this;
        }
        return new PartnerFeatures(id, name, status, type, region, industries, employees, certifiedStaff, null, null, null,
                integrations, maxIntegrationDepth, integrationCustomers, servedCustomers, servedEnterprise, servedMidMarket,
                servedSmb, industryShare, strongIndustryShare, strongIndustries, regionShare, strongRegion, pageRank,
                referralsMadeBeforeSigning, referralsMadeBeforeSigning, partnerReferrers, customerReferrers, referrerId,
                referrerName, referrerKind, referrerStatus, referrerTierRank, referrerReferrals);
    }

    /**
     * True when nothing is known of the company beyond its name (and the type every row has): no
     * head count, certified staff, industry or region, and no integration, served customer or
     * referral in our ecosystem. A score of such a company says nothing about it.
     */
    public boolean insufficientData() {
        return employees == null && certifiedStaff == null && industries.isEmpty() && region == null
                && integrations == 0 && servedCustomers == 0 && partnerReferrers == 0 && customerReferrers == 0
                && referralsMade == 0;
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
                r.get("referralsMadeBeforeSigning").asLong(),
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
