package com.ecosystemgraph.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every written row satisfies the ecosystem CSV v1 format and the generator's own consistency rules. */
class GeneratedFilesValidityTest {

    private static final DemoOptions OPTIONS = DemoOptions.defaults().withScale(0.2);
    private static final LocalDate SNAPSHOT = OPTIONS.snapshotDate();
    private static final Pattern MONEY = Pattern.compile("\\d+(\\.\\d{1,2})?");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @TempDir
    static Path folder;

    static Map<String, EcosystemCsv.Table> tables = new HashMap<>();

    @BeforeAll
    static void generate() {
        new DemoEcosystemGenerator().generate(OPTIONS, folder);
        for (String name : List.of("partners", "customers", "integrations", "customer_integrations", "deals",
                "deal_partners", "partner_customers", "referrals", "investments")) {
            tables.put(name, EcosystemCsv.read(folder.resolve(name + ".csv")));
        }
        tables.put("partner_truth", EcosystemCsv.read(folder.resolve("planted/partner_truth.csv")));
    }

    private static List<Map<String, String>> rows(String table) {
        return tables.get(table).rows();
    }

    private static Map<String, Map<String, String>> byId(String table) {
        Map<String, Map<String, String>> map = new HashMap<>();
        for (Map<String, String> row : rows(table)) {
            assertThat(map.put(row.get("id"), row)).as("duplicate id %s in %s", row.get("id"), table).isNull();
        }
        return map;
    }

    private static LocalDate date(String value) {
        assertThat(value).matches(DATE);
        return LocalDate.parse(value);
    }

    @Test
    void headersAreTheSpecNames() {
        assertThat(tables.get("partners").header()).containsExactly(CsvOutput.PARTNERS);
        assertThat(tables.get("customers").header()).containsExactly(CsvOutput.CUSTOMERS);
        assertThat(tables.get("integrations").header()).containsExactly("id", "partner_id", "name", "depth", "launched_on");
        assertThat(tables.get("customer_integrations").header()).containsExactly("customer_id", "integration_id", "since");
        assertThat(tables.get("deals").header())
                .containsExactly("id", "customer_id", "amount", "stage", "outcome", "created_on", "closed_on", "source");
        assertThat(tables.get("deal_partners").header()).containsExactly("deal_id", "partner_id", "role", "registered_on",
                "registration_stage", "partner_hours", "partner_earnings");
        assertThat(tables.get("partner_customers").header()).containsExactly("partner_id", "customer_id", "since");
        assertThat(tables.get("referrals").header()).containsExactly("referrer_id", "referred_id", "referred_on");
        assertThat(tables.get("investments").header()).containsExactly("id", "partner_id", "kind", "amount", "spent_on", "hours");
        assertThat(tables.get("partner_truth").header())
                .containsExactly("partner_id", "status", "success_probability", "successful");
        assertThat(CsvOutput.PARTNERS).containsExactly("id", "name", "type", "status", "tier", "region", "industries",
                "employees", "certified_staff", "signed_on", "portal_logins_90d", "trainings_completed",
                "content_downloads_90d", "hourly_rate");
    }

    @Test
    void partnersAndProspectsAreValid() {
        Set<String> types = Set.of("referral", "technology", "reseller", "strategic", "services");
        Set<String> seenTypes = new HashSet<>();
        Set<String> statuses = new HashSet<>();
        for (Map<String, String> p : rows("partners")) {
            assertThat(p.get("id")).matches("[PQ]\\d{4,}");
            assertThat(p.get("name")).isNotBlank();
            assertThat(types).contains(p.get("type"));
            seenTypes.add(p.get("type"));
            statuses.add(p.get("status"));
            assertThat(p.get("region")).isIn((Object[]) Vocabulary.REGIONS);
            for (String industry : p.get("industries").split(";")) {
                assertThat(industry).isIn((Object[]) Vocabulary.INDUSTRIES);
            }
            assertThat(Integer.parseInt(p.get("employees"))).isPositive();
            assertThat(Integer.parseInt(p.get("certified_staff"))).isBetween(0, Integer.parseInt(p.get("employees")));
            assertThat(Integer.parseInt(p.get("portal_logins_90d"))).isNotNegative();
            assertThat(Integer.parseInt(p.get("trainings_completed"))).isNotNegative();
            assertThat(Integer.parseInt(p.get("content_downloads_90d"))).isNotNegative();
            assertThat(p.get("hourly_rate")).matches(MONEY);
            if (p.get("status").equals("prospect")) {
                assertThat(p.get("id")).startsWith("Q");
                assertThat(p.get("signed_on")).isEmpty();
                assertThat(p.get("tier")).isEmpty();
            } else {
                assertThat(p.get("id")).startsWith("P");
                assertThat(p.get("status")).isIn("active", "churned");
                assertThat(date(p.get("signed_on"))).isBeforeOrEqualTo(SNAPSHOT);
                assertThat(p.get("tier")).isIn("platinum", "gold", "silver", "registered");
            }
        }
        assertThat(seenTypes).isEqualTo(types);
        assertThat(statuses).containsExactlyInAnyOrder("active", "prospect", "churned");
        assertThat(rows("partners").stream().filter(p -> p.get("status").equals("prospect")).count())
                .isEqualTo(OPTIONS.prospectCount());
    }

    @Test
    void customersAreValid() {
        for (Map<String, String> c : rows("customers")) {
            assertThat(c.get("id")).matches("C\\d{5,}");
            assertThat(c.get("name")).isNotBlank();
            assertThat(c.get("industry")).isIn((Object[]) Vocabulary.INDUSTRIES);
            assertThat(c.get("region")).isIn((Object[]) Vocabulary.REGIONS);
            assertThat(c.get("segment")).isIn("smb", "mid_market", "enterprise");
            assertThat(c.get("arr")).matches(MONEY);
            assertThat(c.get("churned")).isIn("true", "false");
            assertThat(Integer.parseInt(c.get("nps"))).isBetween(-100, 100);
        }
    }

    @Test
    void idsAreDistinctAcrossKinds() {
        Set<String> all = new HashSet<>();
        for (String table : List.of("partners", "customers", "integrations", "deals", "investments")) {
            for (Map<String, String> row : rows(table)) {
                assertThat(all.add(row.get("id"))).as("id %s is used twice", row.get("id")).isTrue();
            }
        }
    }

    @Test
    void integrationsAndOverlapReferenceExistingRecords() {
        Map<String, Map<String, String>> partners = byId("partners");
        Map<String, Map<String, String>> customers = byId("customers");
        Map<String, Map<String, String>> integrations = byId("integrations");
        for (Map<String, String> i : rows("integrations")) {
            assertThat(partners).containsKey(i.get("partner_id"));
            assertThat(i.get("name")).isNotBlank();
            assertThat(Integer.parseInt(i.get("depth"))).isBetween(1, 3);
            assertThat(date(i.get("launched_on"))).isBeforeOrEqualTo(SNAPSHOT);
        }
        Set<String> pairs = new HashSet<>();
        for (Map<String, String> u : rows("customer_integrations")) {
            assertThat(customers).containsKey(u.get("customer_id"));
            assertThat(integrations).containsKey(u.get("integration_id"));
            assertThat(pairs.add(u.get("customer_id") + "|" + u.get("integration_id"))).isTrue();
            assertThat(date(u.get("since"))).isBeforeOrEqualTo(SNAPSHOT)
                    .isAfterOrEqualTo(LocalDate.parse(integrations.get(u.get("integration_id")).get("launched_on")));
        }
        pairs.clear();
        for (Map<String, String> s : rows("partner_customers")) {
            assertThat(partners).containsKey(s.get("partner_id"));
            assertThat(customers).containsKey(s.get("customer_id"));
            assertThat(pairs.add(s.get("partner_id") + "|" + s.get("customer_id"))).isTrue();
            assertThat(date(s.get("since"))).isBeforeOrEqualTo(SNAPSHOT);
        }
    }

    @Test
    void dealsAreValid() {
        Map<String, Map<String, String>> customers = byId("customers");
        LocalDate historyStart = OPTIONS.historyStart();
        for (Map<String, String> d : rows("deals")) {
            assertThat(d.get("id")).matches("D\\d{6,}");
            assertThat(customers).containsKey(d.get("customer_id"));
            assertThat(d.get("amount")).matches(MONEY);
            assertThat(Double.parseDouble(d.get("amount"))).isPositive();
            assertThat(d.get("source")).isIn("direct", "partner_sourced", "partner_influenced", "co_sold");
            LocalDate created = date(d.get("created_on"));
            assertThat(created).isAfter(historyStart).isBeforeOrEqualTo(SNAPSHOT);
            switch (d.get("outcome")) {
                case "open" -> {
                    assertThat(d.get("closed_on")).isEmpty();
                    assertThat(d.get("stage")).isIn((Object[]) Vocabulary.OPEN_STAGES);
                }
                case "won", "lost" -> {
                    LocalDate closed = date(d.get("closed_on"));
                    assertThat(closed).isAfterOrEqualTo(created).isBeforeOrEqualTo(SNAPSHOT);
                    assertThat(d.get("stage")).isEqualTo(d.get("outcome").equals("won") ? "closed_won" : "closed_lost");
                }
                default -> throw new AssertionError("bad outcome " + d.get("outcome"));
            }
        }
    }

    @Test
    void dealPartnersAreConsistentWithTheDealSource() {
        Map<String, Map<String, String>> deals = byId("deals");
        Map<String, Map<String, String>> partners = byId("partners");
        Map<String, List<Map<String, String>>> byDeal = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Map<String, String> r : rows("deal_partners")) {
            Map<String, String> deal = deals.get(r.get("deal_id"));
            Map<String, String> partner = partners.get(r.get("partner_id"));
            assertThat(deal).as("deal %s", r.get("deal_id")).isNotNull();
            assertThat(partner).as("partner %s", r.get("partner_id")).isNotNull();
            assertThat(partner.get("status")).as("prospects have no deals").isNotEqualTo("prospect");
            assertThat(seen.add(r.get("deal_id") + "|" + r.get("partner_id"))).as("one row per deal and partner").isTrue();
            assertThat(r.get("role")).isIn("sourced", "influenced", "co_sold");
            assertThat(r.get("registration_stage")).isIn("before_contact", "after_first_meeting", "late_stage", "unregistered");
            assertThat(r.get("partner_hours")).matches(DECIMAL);
            assertThat(Double.parseDouble(r.get("partner_hours"))).isPositive();
            assertThat(r.get("partner_earnings")).matches(MONEY);
            if (!deal.get("outcome").equals("won")) {
                assertThat(Double.parseDouble(r.get("partner_earnings"))).isZero();
            }
            LocalDate signed = LocalDate.parse(partner.get("signed_on"));
            assertThat(LocalDate.parse(deal.get("created_on"))).as("deal after signing").isAfterOrEqualTo(signed);
            if (r.get("registration_stage").equals("unregistered")) {
                assertThat(r.get("registered_on")).isEmpty();
            } else {
                LocalDate registered = date(r.get("registered_on"));
                LocalDate limit = deal.get("closed_on").isEmpty() ? SNAPSHOT : LocalDate.parse(deal.get("closed_on"));
                assertThat(registered).isAfterOrEqualTo(signed).isBeforeOrEqualTo(limit);
            }
            byDeal.computeIfAbsent(r.get("deal_id"), k -> new ArrayList<>()).add(r);
        }
        for (Map<String, String> deal : rows("deals")) {
            List<Map<String, String>> list = byDeal.getOrDefault(deal.get("id"), List.of());
            long sourced = list.stream().filter(r -> r.get("role").equals("sourced")).count();
            long coSold = list.stream().filter(r -> r.get("role").equals("co_sold")).count();
            long influenced = list.stream().filter(r -> r.get("role").equals("influenced")).count();
            switch (deal.get("source")) {
                case "partner_sourced" -> {
                    assertThat(sourced).as(deal.get("id")).isEqualTo(1);
                    assertThat(coSold).as(deal.get("id")).isZero();
                }
                case "co_sold" -> {
                    assertThat(coSold).as(deal.get("id")).isPositive();
                    assertThat(sourced).as(deal.get("id")).isZero();
                }
                case "partner_influenced" -> {
                    assertThat(influenced).as(deal.get("id")).isPositive();
                    assertThat(sourced + coSold).as(deal.get("id")).isZero();
                }
                case "direct" -> assertThat(sourced + coSold).as(deal.get("id")).isZero();
                default -> throw new AssertionError(deal.get("source"));
            }
        }
    }

    @Test
    void referralsResolveAndPrecedeSigning() {
        Map<String, Map<String, String>> partners = byId("partners");
        Map<String, Map<String, String>> customers = byId("customers");
        Set<String> kinds = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (Map<String, String> r : rows("referrals")) {
            String from = r.get("referrer_id");
            String to = r.get("referred_id");
            assertThat(partners.containsKey(from) || customers.containsKey(from)).as(from).isTrue();
            assertThat(partners.containsKey(to) || customers.containsKey(to)).as(to).isTrue();
            assertThat(from).isNotEqualTo(to);
            assertThat(seen.add(from + "|" + to)).isTrue();
            LocalDate on = date(r.get("referred_on"));
            assertThat(on).isBeforeOrEqualTo(SNAPSHOT);
            if (partners.containsKey(to)) {
                String signed = partners.get(to).get("signed_on");
                if (!signed.isEmpty()) {
                    assertThat(on).as("referral of %s", to).isBefore(LocalDate.parse(signed));
                }
            }
            if (partners.containsKey(from)) {
                assertThat(partners.get(from).get("status")).as("prospects do not refer").isNotEqualTo("prospect");
                assertThat(on).as("referrer %s signed first", from).isAfter(LocalDate.parse(partners.get(from).get("signed_on")));
            }
            kinds.add((partners.containsKey(from) ? "partner" : "customer") + "->"
                    + (customers.containsKey(to)
                            ? "customer"
                            : partners.get(to).get("status").equals("prospect") ? "prospect" : "partner"));
        }
        assertThat(kinds).contains("partner->partner", "partner->prospect", "partner->customer");
        assertThat(kinds).anyMatch(kind -> kind.startsWith("customer->"));
    }

    @Test
    void investmentsAreValid() {
        Map<String, Map<String, String>> partners = byId("partners");
        Set<String> kinds = new HashSet<>();
        for (Map<String, String> v : rows("investments")) {
            assertThat(v.get("id")).matches("V\\d{5,}");
            Map<String, String> partner = partners.get(v.get("partner_id"));
            assertThat(partner).isNotNull();
            assertThat(partner.get("status")).isNotEqualTo("prospect");
            assertThat(v.get("amount")).matches(MONEY);
            LocalDate spent = date(v.get("spent_on"));
            assertThat(spent).isBeforeOrEqualTo(SNAPSHOT).isAfterOrEqualTo(LocalDate.parse(partner.get("signed_on")));
            kinds.add(v.get("kind"));
            if (v.get("kind").equals("support")) {
                assertThat(v.get("hours")).matches(DECIMAL);
            } else {
                assertThat(v.get("hours")).isEmpty();
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder("mdf", "enablement", "co_marketing", "support");
    }

    @Test
    void partnerTruthCoversEveryPartnerAndProspect() {
        Map<String, Map<String, String>> partners = byId("partners");
        assertThat(rows("partner_truth")).hasSize(partners.size());
        for (Map<String, String> t : rows("partner_truth")) {
            Map<String, String> partner = partners.get(t.get("partner_id"));
            assertThat(partner).isNotNull();
            assertThat(t.get("status")).isEqualTo(partner.get("status"));
            assertThat(Double.parseDouble(t.get("success_probability"))).isBetween(0.0, 1.0);
            assertThat(t.get("successful")).isIn(partner.get("status").equals("prospect") ? List.of("") : List.of("true", "false"));
        }
    }

    @Test
    void theNewestDateIsTheSnapshotDate() {
        // the importer takes the newest date in the data as the snapshot: it must be the configured one
        LocalDate newest = LocalDate.MIN;
        for (Map<String, String> d : rows("deals")) {
            String closed = d.get("closed_on");
            LocalDate day = LocalDate.parse(closed.isEmpty() ? d.get("created_on") : closed);
            newest = day.isAfter(newest) ? day : newest;
        }
        assertThat(newest).isEqualTo(SNAPSHOT);
    }
}
