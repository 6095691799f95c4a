package com.ecosystemgraph.demodata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a built ecosystem as the nine CSV v1 files plus the planted side files. */
final class CsvOutput {

    static final String[] PARTNERS = {"id", "name", "type", "status", "tier", "region", "industries", "employees",
            "certified_staff", "signed_on", "portal_logins_90d", "trainings_completed", "content_downloads_90d", "hourly_rate"};
    static final String[] CUSTOMERS = {"id", "name", "industry", "region", "segment", "arr", "churned", "nps"};
    static final String[] INTEGRATIONS = {"id", "partner_id", "name", "depth", "launched_on"};
    static final String[] CUSTOMER_INTEGRATIONS = {"customer_id", "integration_id", "since"};
    static final String[] DEALS = {"id", "customer_id", "amount", "stage", "outcome", "created_on", "closed_on", "source"};
    static final String[] DEAL_PARTNERS = {"deal_id", "partner_id", "role", "registered_on", "registration_stage",
            "partner_hours", "partner_earnings"};
    static final String[] PARTNER_CUSTOMERS = {"partner_id", "customer_id", "since"};
    static final String[] REFERRALS = {"referrer_id", "referred_id", "referred_on"};
    static final String[] INVESTMENTS = {"id", "partner_id", "kind", "amount", "spent_on", "hours"};
    static final String[] PARTNER_TRUTH = {"partner_id", "status", "success_probability", "successful"};

    private final EcosystemBuilder b;
    private final Path folder;
    private final List<GenerationSummary.CsvFile> written = new ArrayList<>();
    private String[] dealIds;
    private String[] integrationIds;

    CsvOutput(EcosystemBuilder builder, Path folder) {
        this.b = builder;
        this.folder = folder;
    }

    List<GenerationSummary.CsvFile> writeAll() throws IOException {
        Files.createDirectories(folder);
        writePartners();
        writeCustomers();
        writeIntegrations();
        writeCustomerIntegrations();
        writeDeals();
        writeDealPartners();
        writePartnerCustomers();
        writeReferrals();
        writeInvestments();
        return written;
    }

    Path writePartnerTruth(Path planted) throws IOException {
        Path file = planted.resolve("partner_truth.csv");
        try (CSVPrinter out = printer(file, PARTNER_TRUTH)) {
            for (DemoPartner p : b.partners) {
                out.printRecord(p.id, status(p), BigDecimal.valueOf(p.probability).setScale(6, RoundingMode.HALF_UP).toPlainString(),
                        p.prospect ? "" : Boolean.toString(p.successful));
            }
        }
        return file;
    }

    // ---------------------------------------------------------------- the nine import files

    private void writePartners() throws IOException {
        long rows = 0;
        Path file = folder.resolve("partners.csv");
        try (CSVPrinter out = printer(file, PARTNERS)) {
            for (DemoPartner p : b.partners) {
                StringBuilder industries = new StringBuilder();
                for (int industry : p.industries) {
                    if (!industries.isEmpty()) {
                        industries.append(';');
                    }
                    industries.append(Vocabulary.INDUSTRIES[industry]);
                }
                out.printRecord(p.id, p.name, p.type.csv, status(p), p.tier < 0 ? "" : Vocabulary.TIERS[p.tier],
                        Vocabulary.REGIONS[p.region], industries, p.employees, p.certifiedStaff,
                        p.prospect ? "" : date(p.signedDay), p.portalLogins, p.trainings, p.downloads,
                        money(p.hourlyRateCents));
                rows++;
            }
        }
        written.add(new GenerationSummary.CsvFile("partners.csv", file, rows));
    }

    private static String status(DemoPartner p) {
        return p.prospect ? "prospect" : p.churned ? "churned" : "active";
    }

    private void writeCustomers() throws IOException {
        Path file = folder.resolve("customers.csv");
        try (CSVPrinter out = printer(file, CUSTOMERS)) {
            for (DemoCustomer c : b.customers) {
                out.printRecord(c.id, c.name, Vocabulary.INDUSTRIES[c.industry], Vocabulary.REGIONS[c.region],
                        Vocabulary.SEGMENTS[c.segment], money(c.arrCents), Boolean.toString(c.churned), c.nps);
            }
        }
        written.add(new GenerationSummary.CsvFile("customers.csv", file, b.customers.length));
    }

    private void writeIntegrations() throws IOException {
        Path file = folder.resolve("integrations.csv");
        int count = b.integrationPartner.size();
        integrationIds = new String[count];
        int width = EcosystemBuilder.idWidth(count, 4);
        try (CSVPrinter out = printer(file, INTEGRATIONS)) {
            for (int i = 0; i < count; i++) {
                integrationIds[i] = "I" + EcosystemBuilder.pad(i + 1, width);
                out.printRecord(integrationIds[i], b.partners[b.integrationPartner.get(i)].id, b.integrationNames.get(i),
                        b.integrationDepth.get(i), date(b.integrationLaunch.get(i)));
            }
        }
        written.add(new GenerationSummary.CsvFile("integrations.csv", file, count));
    }

    private void writeCustomerIntegrations() throws IOException {
        Path file = folder.resolve("customer_integrations.csv");
        int count = b.usageCustomer.size();
        long[] keys = new long[count];
        for (int k = 0; k < count; k++) {
            keys[k] = ((long) b.usageCustomer.get(k) << 32) | b.usageIntegration.get(k);
        }
        Integer[] order = sortedOrder(keys);
        try (CSVPrinter out = printer(file, CUSTOMER_INTEGRATIONS)) {
            for (int k : order) {
                out.printRecord(b.customers[b.usageCustomer.get(k)].id, integrationIds[b.usageIntegration.get(k)],
                        date(b.usageSince.get(k)));
            }
        }
        written.add(new GenerationSummary.CsvFile("customer_integrations.csv", file, count));
    }

    private void writeDeals() throws IOException {
        DealStore deals = b.deals;
        long[] keys = new long[deals.size];
        for (int d = 0; d < deals.size; d++) {
            keys[d] = ((long) (deals.created[d] - b.historyStartDay + 1_000_000) << 32) | d;
        }
        Arrays.sort(keys);
        dealIds = new String[deals.size];
        int width = EcosystemBuilder.idWidth(deals.size, 6);
        Path file = folder.resolve("deals.csv");
        try (CSVPrinter out = printer(file, DEALS)) {
            for (int k = 0; k < keys.length; k++) {
                int d = (int) keys[k];
                dealIds[d] = "D" + EcosystemBuilder.pad(k + 1, width);
                byte outcome = deals.outcome[d];
                String stage = outcome == DealStore.WON
                        ? "closed_won"
                        : outcome == DealStore.LOST
                                ? "closed_lost"
                                : Vocabulary.OPEN_STAGES[deals.openStage[d]];
                out.printRecord(dealIds[d], b.customers[deals.customer[d]].id, money(deals.amountCents[d]), stage,
                        DealStore.OUTCOMES[outcome], date(deals.created[d]),
                        deals.closed[d] == DealStore.NONE ? "" : date(deals.closed[d]), DealStore.SOURCES[deals.source[d]]);
            }
        }
        dealOrder = keys;
        written.add(new GenerationSummary.CsvFile("deals.csv", file, deals.size));
    }

    private long[] dealOrder;

    private void writeDealPartners() throws IOException {
        DealStore deals = b.deals;
        Path file = folder.resolve("deal_partners.csv");
        try (CSVPrinter out = printer(file, DEAL_PARTNERS)) {
            for (long key : dealOrder) {
                int d = (int) key;
                for (int r = deals.firstRow[d]; r < deals.firstRow[d] + deals.rowCount[d]; r++) {
                    int registered = deals.rowRegistered[r];
                    out.printRecord(dealIds[d], b.partners[deals.rowPartner[r]].id, DealStore.ROLES[deals.rowRole[r]],
                            registered == DealStore.NONE ? "" : date(registered),
                            DealStore.REGISTRATION_STAGES[deals.rowStage[r]],
                            BigDecimal.valueOf(StrictMath.round(deals.rowHours[r] * 10), 1).toPlainString(),
                            money(deals.rowEarningsCents[r]));
                }
            }
        }
        written.add(new GenerationSummary.CsvFile("deal_partners.csv", file, deals.rows));
    }

    private void writePartnerCustomers() throws IOException {
        Path file = folder.resolve("partner_customers.csv");
        long rows = 0;
        try (CSVPrinter out = printer(file, PARTNER_CUSTOMERS)) {
            for (DemoPartner p : b.partners) {
                int[] since = b.servedSince[p.index];
                for (int k = 0; k < p.served.length; k++) {
                    out.printRecord(p.id, b.customers[p.served[k]].id, date(since[k]));
                    rows++;
                }
            }
        }
        written.add(new GenerationSummary.CsvFile("partner_customers.csv", file, rows));
    }

    private void writeReferrals() throws IOException {
        Path file = folder.resolve("referrals.csv");
        int count = b.referralFrom.size();
        String[][] rows = new String[count][];
        for (int k = 0; k < count; k++) {
            rows[k] = new String[]{endId(b.referralFrom.get(k)), endId(b.referralTo.get(k)), date(b.referralDay.get(k))};
        }
        Arrays.sort(rows, (x, y) -> {
            int c = x[2].compareTo(y[2]);
            if (c == 0) {
                c = x[0].compareTo(y[0]);
            }
            return c != 0 ? c : x[1].compareTo(y[1]);
        });
        try (CSVPrinter out = printer(file, REFERRALS)) {
            for (String[] row : rows) {
                out.printRecord((Object[]) row);
            }
        }
        written.add(new GenerationSummary.CsvFile("referrals.csv", file, count));
    }

    private String endId(int end) {
        return end >= 0 ? b.partners[end].id : b.customers[-end - 1].id;
    }

    private void writeInvestments() throws IOException {
        Path file = folder.resolve("investments.csv");
        int count = b.investmentPartner.size();
        int width = EcosystemBuilder.idWidth(count, 5);
        try (CSVPrinter out = printer(file, INVESTMENTS)) {
            for (int k = 0; k < count; k++) {
                long[] amountAndHours = b.investmentAmountAndHours.get(k);
                out.printRecord("V" + EcosystemBuilder.pad(k + 1, width), b.partners[b.investmentPartner.get(k)].id,
                        Vocabulary.INVESTMENT_KINDS[b.investmentKind.get(k)], money(amountAndHours[0]),
                        date(b.investmentDay.get(k)),
                        amountAndHours[1] < 0 ? "" : BigDecimal.valueOf(amountAndHours[1], 1).toPlainString());
            }
        }
        written.add(new GenerationSummary.CsvFile("investments.csv", file, count));
    }

    // ---------------------------------------------------------------- helpers

    static CSVPrinter printer(Path file, String[] header) throws IOException {
        OutputStream stream = Files.newOutputStream(file);
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        try {
            return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get());
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    static String money(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    static String date(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }

    private static Integer[] sortedOrder(long[] keys) {
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> {
            int c = Long.compare(keys[x], keys[y]);
            return c != 0 ? c : Integer.compare(x, y);
        });
        return order;
    }
}
