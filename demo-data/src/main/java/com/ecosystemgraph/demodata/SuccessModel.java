package com.ecosystemgraph.demodata;

import com.ecosystemgraph.demodata.Vocabulary.PartnerType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The known ("oracle") success function of the demo ecosystem: the probability that a partner
 * converts support into outcomes, as a nonlinear function of what the Ideal Partner Profile model
 * is allowed to see, plus a small unobservable noise term.
 *
 * <pre>
 * logit = INTERCEPT
 *       + TYPE[type]
 *       + CERTIFIED * ln(1 + certified_staff)                         diminishing returns
 *       + CERTIFIED_X_DEPTH * ln(1 + certified_staff) * max(0, depth-1) interaction with deepest integration
 *       + DEPTH3 * [deepest integration is level 3]
 *       + OVERLAP * [serves >= 15 of our customers]                   threshold
 *       + ENTERPRISE_OVERLAP * [serves >= 4 enterprise customers]     threshold
 *       + INDUSTRY_FIT * (share of its industries among our 3 strongest)
 *       + REGION_FIT * [region is one of our 2 strongest]
 *       + REFERRED_BY_TOP * [referred by a successful signed partner]
 *       + BY_SUPER_CONNECTOR * [that referrer is a super-connector]
 *       + BY_CUSTOMER * [referred by a customer]
 *       + EMPLOYEES * min((log10(employees) - 2.4)^2, 3)               non-monotone, peak ~250 staff
 *       + ENGAGEMENT * engagement latent (standard normal)              weak
 *       + noise ~ N(0, NOISE_SD)
 * </pre>
 */
final class SuccessModel {

    static final double INTERCEPT = -4.6;
    /** Per {@link PartnerType} ordinal: referral, technology, reseller, strategic, services. */
    static final double[] TYPE = {-0.2, 0.25, 0.6, 0.9, -0.6};
    static final double CERTIFIED = 1.1;
    static final double CERTIFIED_X_DEPTH = 0.6;
    static final double DEPTH3 = 0.3;
    static final int OVERLAP_THRESHOLD = 15;
    static final double OVERLAP = 1.3;
    static final int ENTERPRISE_THRESHOLD = 4;
    static final double ENTERPRISE_OVERLAP = 0.5;
    static final double INDUSTRY_FIT = 1.5;
    static final double REGION_FIT = 0.45;
    static final double REFERRED_BY_TOP = 0.9;
    static final double BY_SUPER_CONNECTOR = 0.5;
    static final double BY_CUSTOMER = 0.2;
    static final double EMPLOYEES = -0.45;
    static final double EMPLOYEES_PEAK_LOG10 = 2.4;
    static final double ENGAGEMENT = 0.15;
    static final double NOISE_SD = 0.4;

    /** Correlation of the engagement latent with the profile logit (engagement is only weakly informative). */
    static final double ENGAGEMENT_CORRELATION = 0.24;
    /** Centre and spread used to standardise the profile logit for the engagement latent. */
    static final double LOGIT_CENTRE = -1.3;
    static final double LOGIT_SPREAD = 1.9;

    private SuccessModel() {
    }

    /** The observable-profile part of the logit (no referral, engagement or noise terms). */
    static double profileLogit(DemoPartner p) {
        double certLog = StrictMath.log1p(p.certifiedStaff);
        double z = INTERCEPT + TYPE[p.type.ordinal()];
        z += CERTIFIED * certLog;
        z += CERTIFIED_X_DEPTH * certLog * Math.max(0, p.maxDepth - 1);
        z += p.maxDepth == 3 ? DEPTH3 : 0;
        z += p.served.length >= OVERLAP_THRESHOLD ? OVERLAP : 0;
        z += p.servedEnterprise >= ENTERPRISE_THRESHOLD ? ENTERPRISE_OVERLAP : 0;
        z += INDUSTRY_FIT * industryFit(p.industries);
        z += Vocabulary.STRONG_REGION[p.region] ? REGION_FIT : 0;
        double d = StrictMath.log10(Math.max(1, p.employees)) - EMPLOYEES_PEAK_LOG10;
        z += EMPLOYEES * Math.min(d * d, 3.0);
        return z;
    }

    static double industryFit(int[] industries) {
        if (industries.length == 0) {
            return 0;
        }
        int strong = 0;
        for (int industry : industries) {
            if (Vocabulary.STRONG_INDUSTRY[industry]) {
                strong++;
            }
        }
        return strong / (double) industries.length;
    }

    /** The referral-position part of the logit, given the referrer (or none). */
    static double referralTerm(DemoPartner referrer, boolean referredByCustomer) {
        if (referrer != null) {
            double z = 0;
            if (referrer.signed() && referrer.successful) {
                z += REFERRED_BY_TOP;
            }
            if (referrer.superConnector) {
                z += BY_SUPER_CONNECTOR;
            }
            return z;
        }
        return referredByCustomer ? BY_CUSTOMER : 0;
    }

    /** Engagement latent: weakly correlated with the profile, standard normal overall. */
    static double engagementLatent(double profileAndReferralLogit, double standardNormal) {
        double standardised = (profileAndReferralLogit - LOGIT_CENTRE) / LOGIT_SPREAD;
        double rho = ENGAGEMENT_CORRELATION;
        return rho * standardised + StrictMath.sqrt(1 - rho * rho) * standardNormal;
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + StrictMath.exp(-z));
    }

    /** The coefficients, for planted-effects.json and the documentation. */
    static Map<String, Object> coefficients() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("intercept", INTERCEPT);
        Map<String, Double> types = new LinkedHashMap<>();
        for (PartnerType type : PartnerType.values()) {
            types.put(type.csv, TYPE[type.ordinal()]);
        }
        c.put("type", types);
        c.put("certified_log1p", CERTIFIED);
        c.put("certified_log1p_x_depth_above_1", CERTIFIED_X_DEPTH);
        c.put("deepest_integration_level3", DEPTH3);
        c.put("overlap_threshold_customers", OVERLAP_THRESHOLD);
        c.put("overlap_at_or_above_threshold", OVERLAP);
        c.put("enterprise_overlap_threshold_customers", ENTERPRISE_THRESHOLD);
        c.put("enterprise_overlap_at_or_above_threshold", ENTERPRISE_OVERLAP);
        c.put("industry_fit_share", INDUSTRY_FIT);
        c.put("strong_region", REGION_FIT);
        c.put("referred_by_successful_partner", REFERRED_BY_TOP);
        c.put("referred_by_super_connector", BY_SUPER_CONNECTOR);
        c.put("referred_by_customer", BY_CUSTOMER);
        c.put("employees_squared_log10_distance_from_peak", EMPLOYEES);
        c.put("employees_peak_log10", EMPLOYEES_PEAK_LOG10);
        c.put("engagement_latent", ENGAGEMENT);
        c.put("noise_sd", NOISE_SD);
        c.put("engagement_latent_correlation_with_profile", ENGAGEMENT_CORRELATION);
        return c;
    }
}
