package com.ecosystemgraph.demodata;

import com.ecosystemgraph.demodata.Vocabulary.PartnerType;
import java.util.ArrayList;
import java.util.List;

/**
 * Deal stage that sets each deal-partner row's earnings (commission, margin, registration commission) and hours, so
 * that about a quarter of the partners end below the hourly return threshold.
 */
final class PartnerEconomics extends DealStage {

    PartnerEconomics(DealGenerator generator) {
        super(generator);
    }

    private static final double[] BELOW_PROPENSITY = {-0.6, 0.2, -0.2, -1.0, 0.8};
    private static final double MIN_ROW_HOURS = 0.5;

    // per signed partner: earnings in dollars, raw hours and number of deal-partner rows
    private double[] earnings;
    private double[] hours;
    private int[] rowsOf;

    void settleEconomics() {
        Rng rng = Rng.stream(seed, "economics");
        int n = b.signedCount;
        earnings = new double[n];
        hours = new double[n];
        rowsOf = new int[n];
        rowEarningsAndRawHours(rng);
        double[] multiple = returnMultiples(rng);
        exactHours(multiple);
    }

    /** Each row's earnings (on won deals) and raw hours, summed per partner. */
    private void rowEarningsAndRawHours(Rng rng) {
        for (int r = 0; r < deals.rows; r++) {
            int d = deals.rowDeal[r];
            DemoPartner p = partners[deals.rowPartner[r]];
            double amount = deals.amountCents[d] / 100.0;
            double roleFactor = deals.rowRole[r] == DealStore.INFLUENCED ? 0.5 : deals.rowRole[r] == DealStore.CO_SELLER ? 1.3 : 1.0;
            double outcomeFactor = deals.outcome[d] == DealStore.WON ? 1.0 : deals.outcome[d] == DealStore.LOST ? 0.7 : 0.5;
            double raw = (3 + StrictMath.sqrt(amount) / 9) * rng.logNormal(1, 0.35) * roleFactor * outcomeFactor;
            deals.rowHours[r] = raw;
            long cents = 0;
            if (deals.outcome[d] == DealStore.WON) {
                double rate = (p.type == PartnerType.REFERRAL || p.type == PartnerType.RESELLER)
                        && deals.rowRole[r] != DealStore.INFLUENCED
                                ? p.earningRate
                                : DealStore.REGISTRATION_COMMISSION[deals.rowStage[r]];
                cents = StrictMath.round(deals.amountCents[d] * rate);
            }
            deals.rowEarningsCents[r] = cents;
            earnings[p.index] += cents / 100.0;
            hours[p.index] += raw;
            rowsOf[p.index]++;
        }
    }

    /**
     * Each partner's hourly return as a multiple of its hourly rate: partners that cannot reach the threshold stay
     * below it, and more are put below it (by propensity) until about a quarter are.
     */
    private double[] returnMultiples(Rng rng) {
        int n = b.signedCount;
        // a partner's hours are set so that its hourly return (earnings / hours) is a chosen multiple of
        // its hourly rate; about a quarter of the partners end below 2.5x
        double[] multiple = new double[n];
        int withRows = 0;
        int below = 0;
        List<Integer> free = new ArrayList<>();
        double[] propensity = new double[n];
        for (int i = 0; i < n; i++) {
            if (rowsOf[i] == 0) {
                continue;
            }
            withRows++;
            DemoPartner p = partners[i];
            double rate = p.hourlyRateCents / 100.0;
            double bestMultiple = earnings[i] / (rowsOf[i] * MIN_ROW_HOURS * rate);
            if (earnings[i] <= 0) {
                multiple[i] = 0;
                below++;
            } else if (bestMultiple < DealGenerator.RETURN_THRESHOLD) {
                multiple[i] = Math.min(bestMultiple, rng.uniform(0.6, 2.4));
                below++;
            } else {
                free.add(i);
                propensity[i] = BELOW_PROPENSITY[p.type.ordinal()] + (p.successful ? 0 : 0.5) + rng.gaussian();
            }
        }
        int wantedBelow = (int) StrictMath.round(DealGenerator.TARGET_BELOW_RETURN_SHARE * withRows);
        int moreBelow = Math.max(0, wantedBelow - below);
        free.sort((x, y) -> {
            int c = Double.compare(propensity[y], propensity[x]);
            return c != 0 ? c : Integer.compare(x, y);
        });
        for (int k = 0; k < free.size(); k++) {
            int i = free.get(k);
            multiple[i] = k < moreBelow ? rng.uniform(0.6, 2.4) : DealGenerator.RETURN_THRESHOLD + 0.1 + rng.logNormal(1.5, 0.6);
        }
        b.calibration.plannedBelowReturnShare = (below + Math.min(moreBelow, free.size())) / (double) Math.max(1, withRows);
        return multiple;
    }

    /** Sets the rows' hours so that each partner's hourly return is its chosen multiple exactly. */
    private void exactHours(double[] multiple) {
        int n = b.signedCount;
        // every row gets half an hour plus its share of the rest, so that the total is exact
        double[] spare = new double[n];
        for (int i = 0; i < n; i++) {
            if (rowsOf[i] > 0 && earnings[i] > 0) {
                double totalHours = earnings[i] / ((partners[i].hourlyRateCents / 100.0) * multiple[i]);
                spare[i] = Math.max(0, totalHours - rowsOf[i] * MIN_ROW_HOURS) / hours[i];
            } else {
                spare[i] = 1;
            }
        }
        for (int r = 0; r < deals.rows; r++) {
            int i = deals.rowPartner[r];
            boolean exact = rowsOf[i] > 0 && earnings[i] > 0;
            double h = exact ? MIN_ROW_HOURS + deals.rowHours[r] * spare[i] : Math.max(MIN_ROW_HOURS, deals.rowHours[r]);
            deals.rowHours[r] = StrictMath.round(h * 10) / 10.0;
        }
    }
}
