package com.ecosystemgraph.investment;

import com.ecosystemgraph.graphql.CypherRunner;
import com.ecosystemgraph.partner.Partner;
import com.ecosystemgraph.security.ViewerAccess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** The {@code Investment} type's partner, batched. */
@Controller
@ViewerAccess
class InvestmentController {

    private final CypherRunner cypher;

    InvestmentController(CypherRunner cypher) {
        this.cypher = cypher;
    }

    @BatchMapping
    @Transactional(readOnly = true)
    public Map<Investment, Partner> partner(List<Investment> list) {
        return CypherRunner.firstByParent(list, Investment::id, cypher.grouped("investment/partners",
                CypherRunner.ids(list, Investment::id), r -> Partner.from(r.get("p"))));
    }
}
