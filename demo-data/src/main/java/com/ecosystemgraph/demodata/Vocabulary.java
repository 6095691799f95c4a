package com.ecosystemgraph.demodata;

import java.util.HashSet;
import java.util.Set;

/** The fixed vocabularies of the demo ecosystem (CSV v1 enum values) and a company-name maker. */
final class Vocabulary {

    private Vocabulary() {
    }

    /** Partner types, in CSV spelling. */
    enum PartnerType {
        REFERRAL("referral"), TECHNOLOGY("technology"), RESELLER("reseller"), STRATEGIC("strategic"), SERVICES("services");

        final String csv;

        PartnerType(String csv) {
            this.csv = csv;
        }
    }

    static final String[] REGIONS = {"north_america", "emea", "apac", "latam"};
    /** Share of customers and partners per region. */
    static final double[] REGION_WEIGHTS = {0.45, 0.30, 0.17, 0.08};
    /** Regions where our won revenue concentrates (they hold most customers and bigger deals). */
    static final boolean[] STRONG_REGION = {true, true, false, false};
    /** Multiplier on deal amounts per region. */
    static final double[] REGION_AMOUNT = {1.15, 1.0, 0.85, 0.7};

    static final String[] INDUSTRIES = {
            "financial_services", "healthcare", "technology", "manufacturing",
            "retail", "public_sector", "education", "media"};
    /** Share of customers per industry. */
    static final double[] INDUSTRY_WEIGHTS = {0.20, 0.17, 0.17, 0.13, 0.12, 0.08, 0.07, 0.06};
    /** The three industries where our won revenue concentrates ("where we win"). */
    static final boolean[] STRONG_INDUSTRY = {true, true, true, false, false, false, false, false};
    /** Multiplier on deal amounts per industry: makes the strong industries clearly lead won revenue. */
    static final double[] INDUSTRY_AMOUNT = {1.35, 1.25, 1.2, 0.95, 0.85, 0.75, 0.7, 0.75};

    static final String[] SEGMENTS = {"smb", "mid_market", "enterprise"};
    static final int SMB = 0;
    static final int MID_MARKET = 1;
    static final int ENTERPRISE = 2;
    static final double[] SEGMENT_WEIGHTS = {0.55, 0.30, 0.15};
    /** Median ARR per segment, in dollars. */
    static final double[] SEGMENT_ARR = {18_000, 95_000, 420_000};
    /** Median new-business deal amount per segment, in dollars. */
    static final double[] SEGMENT_DEAL = {28_000, 85_000, 250_000};
    /** How many more deals an account of the segment sees than an SMB account. */
    static final double[] SEGMENT_DEAL_FREQUENCY = {1.0, 2.5, 6.0};

    static final String[] TIERS = {"registered", "silver", "gold", "platinum"};

    static final String[] INVESTMENT_KINDS = {"mdf", "enablement", "co_marketing", "support"};

    static final String[] OPEN_STAGES = {"qualification", "discovery", "proposal", "negotiation"};

    private static final String[] FIRST = {
            "Acorn", "Alder", "Amber", "Anchor", "Apex", "Arbor", "Arrow", "Aspen", "Atlas", "Aurora",
            "Basalt", "Beacon", "Birch", "Blue", "Bold", "Boulder", "Bright", "Brook", "Canyon", "Cedar",
            "Clear", "Cobalt", "Comet", "Copper", "Coral", "Crest", "Crystal", "Cypress", "Delta", "Ember",
            "Evergreen", "Falcon", "Fern", "Fjord", "Flint", "Forge", "Frost", "Galaxy", "Garnet", "Glacier",
            "Granite", "Harbor", "Hawk", "Heron", "Highland", "Horizon", "Indigo", "Iron", "Ivory", "Jade",
            "Juniper", "Kestrel", "Lake", "Lantern", "Laurel", "Linden", "Lumen", "Maple", "Meadow", "Meridian",
            "Mesa", "Nimbus", "North", "Oak", "Ocean", "Onyx", "Orchid", "Osprey", "Pacific", "Pine",
            "Pinnacle", "Polar", "Prairie", "Quartz", "Raven", "Redwood", "Ridge", "River", "Sable", "Sage",
            "Sierra", "Silver", "Slate", "Solstice", "Spruce", "Stone", "Summit", "Swift", "Terra", "Thistle",
            "Tidal", "Timber", "Topaz", "True", "Tundra", "Valley", "Vertex", "Willow", "Zenith", "Zephyr"};

    private static final String[] SECOND = {
            "Bay", "Bridge", "Crown", "Field", "Gate", "Grove", "Hill", "Line", "Mark", "Path",
            "Peak", "Point", "Port", "Rock", "Shore", "Side", "Star", "Stream", "Vale", "Wood"};

    private static final String[][] PARTNER_SUFFIX = {
            {"Advisors", "Referral Network", "Growth Partners", "Associates"},
            {"Software", "Labs", "Technologies", "Systems"},
            {"Solutions", "Distribution", "IT Services", "Managed Services"},
            {"Platform", "Cloud", "Marketplace", "Networks"},
            {"Consulting", "Group", "Digital", "Integrators"}};

    private static final String[] CUSTOMER_SUFFIX = {
            "Bank", "Health", "Foods", "Logistics", "Energy", "Insurance", "Retail", "Media", "Motors",
            "Pharma", "Capital", "Industries", "Holdings", "Airlines", "Telecom", "Textiles", "Clinics",
            "Foundation", "University", "Agency"};

    /** Makes unique, readable company names; deterministic given the stream's draws. */
    static final class NameMaker {
        private final Set<String> used = new HashSet<>();

        String partnerName(Rng rng, PartnerType type) {
            String[] suffixes = PARTNER_SUFFIX[type.ordinal()];
            return unique(baseName(rng) + " " + suffixes[rng.nextInt(suffixes.length)]);
        }

        String customerName(Rng rng) {
            return unique(baseName(rng) + " " + CUSTOMER_SUFFIX[rng.nextInt(CUSTOMER_SUFFIX.length)]);
        }

        String fixed(String name) {
            return unique(name);
        }

        private static String baseName(Rng rng) {
            String first = FIRST[rng.nextInt(FIRST.length)];
            return rng.chance(0.5)
                    ? first + SECOND[rng.nextInt(SECOND.length)].toLowerCase(java.util.Locale.ROOT)
                    : first + " " + SECOND[rng.nextInt(SECOND.length)];
        }

        private String unique(String name) {
            if (used.add(name)) {
                return name;
            }
            for (int n = 2;; n++) {
                String candidate = name + " " + n;
                if (used.add(candidate)) {
                    return candidate;
                }
            }
        }
    }
}
