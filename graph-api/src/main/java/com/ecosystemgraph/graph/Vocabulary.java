package com.ecosystemgraph.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The enumerated values of the graph, each with one canonical stored form (lower snake case), a
 * display name for people, and the aliases accepted in imports, mutations and filters. A value is
 * matched after normalising case, spaces and hyphens ({@code "North America"}, {@code "north-america"}
 * and {@code "NORTH_AMERICA"} are all {@code north_america}), then against the aliases
 * ({@code NA}, {@code AMER}); anything else is refused with the list of accepted values.
 *
 * <p>The one source of these values: the CSV columns, the GraphQL filters, the migration that
 * canonicalised stored values (V0028-V0032), and the web client's display names (the
 * {@code vocabularies} query) all come from here.
 */
public enum Vocabulary {

    REGION("region", new String[][]{
            {"north_america", "North America", "na", "nam", "amer", "americas", "us", "usa"},
            {"emea", "EMEA", "europe", "eu", "europe_middle_east_africa"},
            {"apac", "APAC", "apj", "asia_pacific", "asia"},
            {"latam", "Latin America", "latin_america", "south_america", "la"}}), INDUSTRY("industry",
                    new String[][]{
                            {"financial_services", "Financial services", "finance", "banking", "insurance", "fintech"},
                            {"healthcare", "Healthcare", "health", "life_sciences", "pharma"},
                            {"technology", "Technology", "tech", "high_tech"},
                            {"software", "Software", "saas"},
                            {"manufacturing", "Manufacturing", "industrial"},
                            {"retail", "Retail", "ecommerce", "e_commerce", "consumer_goods"},
                            {"public_sector", "Public sector", "government", "public"},
                            {"education", "Education", "edu"},
                            {"media", "Media", "media_and_entertainment", "entertainment"},
                            {"energy", "Energy", "utilities", "oil_and_gas"},
                            {"telecommunications", "Telecommunications", "telecom", "telco"},
                            {"professional_services", "Professional services", "consulting"},
                            {"transportation", "Transportation", "logistics"},
                            {"other", "Other"}}), SEGMENT("segment",
                                    new String[][]{
                                            {"smb", "SMB", "small_business", "small"},
                                            {"mid_market", "Mid-market", "midmarket", "mid", "mm"},
                                            {"enterprise", "Enterprise", "ent", "large_enterprise"}}), PARTNER_TYPE("type",
                                                    new String[][]{
                                                            {"referral", "Referral"},
                                                            {"technology", "Technology / ISV", "isv", "tech"},
                                                            {"reseller", "Reseller", "var", "msp", "distributor"},
                                                            {"strategic", "Strategic", "hyperscaler", "platform"},
                                                            {"services", "Services / SI", "si", "gsi", "systems_integrator",
                                                                    "consultant"}}), TIER("tier", new String[][]{
                                                                            {"platinum", "Platinum"}, {"gold", "Gold"},
                                                                            {"silver", "Silver"}, {"registered", "Registered"}}), STATUS(
                                                                                    "status", new String[][]{
                                                                                            {"active", "Active"}, {"prospect", "Prospect"},
                                                                                            {"churned", "Churned", "inactive"}}), SOURCE(
                                                                                                    "source", new String[][]{
                                                                                                            {"direct", "Direct"},
                                                                                                            {"partner_sourced",
                                                                                                                    "Partner-sourced",
                                                                                                                    "sourced"},
                                                                                                            {"partner_influenced",
                                                                                                                    "Partner-influenced",
                                                                                                                    "influenced"},
                                                                                                            {"co_sold", "Co-sold", "cosold",
                                                                                                                    "co_sell"}}), OUTCOME(
                                                                                                                            "outcome",
                                                                                                                            new String[][]{
                                                                                                                                    {"won", "Won",
                                                                                                                                            "closed_won"},
                                                                                                                                    {"lost", "Lost",
                                                                                                                                            "closed_lost"},
                                                                                                                                    {"open", "Open"}}), STAGE(
                                                                                                                                            "stage",
                                                                                                                                            new String[][]{
                                                                                                                                                    {"qualification",
                                                                                                                                                            "Qualification",
                                                                                                                                                            "prospecting",
                                                                                                                                                            "qualify",
                                                                                                                                                            "qualified"},
                                                                                                                                                    {"discovery",
                                                                                                                                                            "Discovery",
                                                                                                                                                            "needs_analysis",
                                                                                                                                                            "id_decision_makers"},
                                                                                                                                                    {"proposal",
                                                                                                                                                            "Proposal",
                                                                                                                                                            "value_proposition",
                                                                                                                                                            "proposal_price_quote",
                                                                                                                                                            "quote"},
                                                                                                                                                    {"negotiation",
                                                                                                                                                            "Negotiation",
                                                                                                                                                            "negotiation_review",
                                                                                                                                                            "contract"},
                                                                                                                                                    {"closed_won",
                                                                                                                                                            "Closed won",
                                                                                                                                                            "won"},
                                                                                                                                                    {"closed_lost",
                                                                                                                                                            "Closed lost",
                                                                                                                                                            "lost"}}), ROLE(
                                                                                                                                                                    "role",
                                                                                                                                                                    new String[][]{
                                                                                                                                                                            {"sourced",
                                                                                                                                                                                    "Sourced"},
                                                                                                                                                                            {"influenced",
                                                                                                                                                                                    "Influenced"},
                                                                                                                                                                            {"co_sold",
                                                                                                                                                                                    "Co-sold",
                                                                                                                                                                                    "cosold",
                                                                                                                                                                                    "co_sell"}}), REGISTRATION_STAGE(
                                                                                                                                                                                            "registration_stage",
                                                                                                                                                                                            new String[][]{
                                                                                                                                                                                                    {"before_contact",
                                                                                                                                                                                                            "Before contact"},
                                                                                                                                                                                                    {"after_first_meeting",
                                                                                                                                                                                                            "After first meeting"},
                                                                                                                                                                                                    {"late_stage",
                                                                                                                                                                                                            "Late stage"},
                                                                                                                                                                                                    {"unregistered",
                                                                                                                                                                                                            "Unregistered",
                                                                                                                                                                                                            "none"}}), INVESTMENT_KIND(
                                                                                                                                                                                                                    "kind",
                                                                                                                                                                                                                    new String[][]{
                                                                                                                                                                                                                            {"mdf", "MDF",
                                                                                                                                                                                                                                    "market_development_funds"},
                                                                                                                                                                                                                            {"enablement",
                                                                                                                                                                                                                                    "Enablement",
                                                                                                                                                                                                                                    "training"},
                                                                                                                                                                                                                            {"co_marketing",
                                                                                                                                                                                                                                    "Co-marketing",
                                                                                                                                                                                                                                    "comarketing"},
                                                                                                                                                                                                                            {"support",
                                                                                                                                                                                                                                    "Support hours",
                                                                                                                                                                                                                                    "support_hours"}});

    /** One accepted value: its stored form, its display name and its aliases. */
    public record Term(String value, String label, List<String> aliases) {
    }

    private final String column;
    private final List<Term> terms;
    private final Map<String, String> canonical = new LinkedHashMap<>();

    Vocabulary(String column, String[][] terms) {
        this.column = column;
        List<Term> list = new ArrayList<>();
        for (String[] term : terms) {
            List<String> aliases = List.of(term).subList(2, term.length);
            list.add(new Term(term[0], term[1], aliases));
            canonical.put(term[0], term[0]);
            canonical.put(normalise(term[1]), term[0]);
            aliases.forEach(alias -> canonical.put(normalise(alias), term[0]));
        }
        this.terms = Collections.unmodifiableList(list);
    }

    /** The name users know it by (the CSV column). */
    public String column() {
        return column;
    }

    public List<Term> terms() {
        return terms;
    }

    /** The stored forms, in order. */
    public List<String> storedValues() {
        return terms.stream().map(Term::value).toList();
    }

    /**
     * The canonical stored form of a value given in any accepted spelling.
     *
     * @throws UnknownValueException naming the accepted values when the text is none of them
     */
    public String canonical(String text) {
        String found = text == null ? null : canonical.get(normalise(text));
        if (found == null) {
            throw new UnknownValueException("'" + text + "' is not a known " + column.replace('_', ' ') + "; accepted: "
                    + String.join(", ", storedValues()));
        }
        return found;
    }

    /** Case, surrounding and inner spaces, hyphens and slashes do not matter. */
    static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-/&.]+", "_").replaceAll("_+", "_")
                .replaceAll("^_|_$", "");
    }

    /** A value outside a vocabulary; the message lists the accepted ones. */
    public static final class UnknownValueException extends RuntimeException {
        UnknownValueException(String message) {
            super(message, null, false, false);
        }
    }
}
