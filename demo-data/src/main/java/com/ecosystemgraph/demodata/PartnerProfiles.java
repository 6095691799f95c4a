package com.ecosystemgraph.demodata;

import com.ecosystemgraph.demodata.Vocabulary.PartnerType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Builder stage that drafts the signed partners' and prospects' profiles (type, region, industries, size,
 * certified staff, rates, signing day, the draws the success model needs), numbers them in signing order and names
 * them.
 */
final class PartnerProfiles {

    private final EcosystemBuilder b;

    PartnerProfiles(EcosystemBuilder builder) {
        this.b = builder;
    }

    private static final double[] TYPE_WEIGHTS = {0.24, 0.28, 0.20, 0.06, 0.22};
    private static final double[] PARTNER_REGION_WEIGHTS = {0.40, 0.30, 0.20, 0.10};
    private static final double[] EMPLOYEE_MEDIAN = {15, 120, 60, 8_000, 250};
    private static final double[] EMPLOYEE_SIGMA = {1.0, 1.1, 1.0, 1.0, 1.2};
    private static final double[] CERTIFIED_SHARE = {0.15, 0.5, 0.55, 0.85, 0.6};
    private static final double[][] HOURLY_RATE = {{90, 220}, {120, 220}, {80, 170}, {180, 320}, {150, 300}};
    private static final String[] HYPERSCALER_NAMES = {"Nimbus Cloud", "Stratus Cloud Platform", "Cumulus Web Services"};

    void createPartners() {
        int signed = b.options.partnerCount();
        int prospects = b.options.prospectCount();
        b.hyperscalerCount = signed >= 100 ? 3 : 2;
        List<DemoPartner> drafts = new ArrayList<>(signed);
        for (int i = 0; i < signed; i++) {
            Rng rng = Rng.stream(b.seed, "partner-profile", i);
            drafts.add(draftProfile(i, false, i < b.hyperscalerCount, rng));
        }
        // ids follow the signing order: P0001 is the oldest partner
        drafts.sort(Comparator.<DemoPartner>comparingInt(p -> p.signedDay).thenComparingInt(p -> p.index));
        b.partners = new DemoPartner[signed + prospects];
        for (int i = 0; i < signed; i++) {
            DemoPartner draft = drafts.get(i);
            DemoPartner p = copyAs(draft, i);
            b.partners[i] = p;
        }
        for (int i = 0; i < prospects; i++) {
            Rng rng = Rng.stream(b.seed, "prospect-profile", i);
            b.partners[signed + i] = draftProfile(signed + i, true, false, rng);
        }
        b.signedCount = signed;
        Vocabulary.NameMaker names = new Vocabulary.NameMaker();
        Rng nameRng = Rng.stream(b.seed, "partner-names");
        int width = EcosystemBuilder.idWidth(signed, 4);
        int prospectWidth = EcosystemBuilder.idWidth(prospects, 4);
        int hyperscalers = 0;
        for (DemoPartner p : b.partners) {
            if (p.prospect) {
                p.id = "Q" + EcosystemBuilder.pad(p.index - signed + 1, prospectWidth);
            } else {
                p.id = "P" + EcosystemBuilder.pad(p.index + 1, width);
            }
            p.name = p.hyperscaler
                    ? names.fixed(HYPERSCALER_NAMES[hyperscalers++ % HYPERSCALER_NAMES.length])
                    : names.partnerName(nameRng, p.type);
        }
    }

    private static DemoPartner copyAs(DemoPartner draft, int index) {
        DemoPartner p = new DemoPartner(index);
        p.type = draft.type;
        p.hyperscaler = draft.hyperscaler;
        p.region = draft.region;
        p.industries = draft.industries;
        p.employees = draft.employees;
        p.certifiedStaff = draft.certifiedStaff;
        p.signedDay = draft.signedDay;
        p.hourlyRateCents = draft.hourlyRateCents;
        p.noise = draft.noise;
        p.draw = draft.draw;
        p.engagementLatent = draft.engagementLatent;
        p.earningRate = draft.earningRate;
        return p;
    }

    private DemoPartner draftProfile(int index, boolean prospect, boolean hyperscaler, Rng rng) {
        DemoPartner p = new DemoPartner(index);
        p.prospect = prospect;
        p.hyperscaler = hyperscaler;
        p.type = hyperscaler ? PartnerType.STRATEGIC : PartnerType.values()[rng.weighted(TYPE_WEIGHTS)];
        int t = p.type.ordinal();
        p.region = hyperscaler ? 0 : rng.weighted(PARTNER_REGION_WEIGHTS);
        int industryCount = hyperscaler ? 5 : 1 + rng.weighted(new double[]{0.45, 0.35, 0.20});
        p.industries = pickIndustries(rng, industryCount);
        p.employees = hyperscaler
                ? rng.between(60_000, 220_000)
                : (int) Math.max(1, StrictMath.round(rng.logNormal(EMPLOYEE_MEDIAN[t], EMPLOYEE_SIGMA[t])));
        if (hyperscaler) {
            p.certifiedStaff = rng.between(250, 900);
        } else if (rng.chance(CERTIFIED_SHARE[t])) {
            double median = 1.5 * StrictMath.pow(p.employees / 50.0, 0.35);
            int count = 1 + (int) StrictMath.floor(rng.logNormal(median, 0.8));
            p.certifiedStaff = Math.max(1, Math.min(count, Math.max(1, p.employees / 3)));
        }
        p.hourlyRateCents = StrictMath.round(rng.uniform(HOURLY_RATE[t][0], HOURLY_RATE[t][1])) * 100;
        p.earningRate = switch (p.type) {
            case REFERRAL -> 0.10 + 0.01 * rng.between(0, 10);
            case RESELLER -> 0.20 + 0.01 * rng.between(0, 20);
            default -> 0;
        };
        if (!prospect) {
            p.signedDay = hyperscaler ? b.snapshotDay - rng.between(6 * 365, 9 * 365) : signingDay(rng);
        }
        // drawn now so that the success draw does not depend on the order of the later phases
        p.noise = rng.gaussian() * SuccessModel.NOISE_SD;
        p.draw = rng.uniform();
        p.engagementLatent = rng.gaussian();
        return p;
    }

    private int signingDay(Rng rng) {
        double u = rng.uniform();
        boolean middleExists = b.labelCutoffDay - b.historyStartDay > 60;
        if (u < 0.35 || (u < 0.85 && !middleExists)) {
            return rng.between(b.historyStartDay - 5 * 365, b.historyStartDay - 30);
        }
        if (u < 0.85) {
            return rng.between(b.historyStartDay, b.labelCutoffDay - 1);
        }
        return rng.between(b.labelCutoffDay + 14, b.snapshotDay - 21);
    }

    private static int[] pickIndustries(Rng rng, int count) {
        double[] weights = Vocabulary.INDUSTRY_WEIGHTS.clone();
        int[] picked = new int[count];
        for (int k = 0; k < count; k++) {
            int i = rng.weighted(weights);
            picked[k] = i;
            weights[i] = 0;
        }
        Arrays.sort(picked);
        return picked;
    }
}
