package com.ecosystemgraph.importing;

import com.ecosystemgraph.graph.NodeKind;
import com.ecosystemgraph.graph.DealRole;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** A checked row as the parameters of its file's write statement (one element of {@code $rows}). */
final class RowParameters {

    private RowParameters() {
    }

    /**
     * @param kindOf for referrals: which kind (partner or customer) an id names, given the kinds it may name
     */
    static Map<String, Object> of(EcosystemFile file, RowRules.Values values, BiFunction<String, List<NodeKind>, NodeKind> kindOf) {
        Map<String, Object> row = new HashMap<>();
        Map<String, Object> props = RowRules.properties(file, values);
        if (file == EcosystemFile.PARTNERS && props.containsKey("status") && props.get("status") == null) {
            // The format's default, stored as such: an empty status and "active" are the same row (not a change).
            props.put("status", "active");
        }
        row.put("props", props);
        switch (file) {
            case PARTNERS, CUSTOMERS, DEALS, INVESTMENTS, INTEGRATIONS -> {
                row.put("id", values.text("id"));
                row.put("partnerId", values.text("partner_id"));
                row.put("customerId", values.text("customer_id"));
            }
            case CUSTOMER_INTEGRATIONS -> {
                row.put("customerId", values.text("customer_id"));
                row.put("integrationId", values.text("integration_id"));
            }
            case DEAL_PARTNERS -> {
                row.put("dealId", values.text("deal_id"));
                row.put("partnerId", values.text("partner_id"));
                row.put("type", DealRole.fromCsv(values.text("role")).relationshipType());
            }
            case PARTNER_CUSTOMERS -> {
                row.put("partnerId", values.text("partner_id"));
                row.put("customerId", values.text("customer_id"));
            }
            case REFERRALS -> {
                String referrer = values.text("referrer_id");
                String referred = values.text("referred_id");
                row.put("referrerId", referrer);
                row.put("referredId", referred);
                row.put("referrerLabel", kindOf.apply(referrer, file.references().get("referrer_id")).label());
                row.put("referredLabel", kindOf.apply(referred, file.references().get("referred_id")).label());
            }
        }
        return row;
    }
}
