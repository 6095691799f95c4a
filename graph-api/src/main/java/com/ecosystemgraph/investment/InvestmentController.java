package com.ecosystemgraph.investment;

import com.ecosystemgraph.graphql.OnRequestThread;
import com.ecosystemgraph.graph.Investment;
import com.ecosystemgraph.neo4j.CypherRunner;
import com.ecosystemgraph.graphql.join.Joins;
import com.ecosystemgraph.graphql.join.Link;
import com.ecosystemgraph.graphql.join.NodeType;
import com.ecosystemgraph.graph.Partner;
import com.ecosystemgraph.security.ViewerAccess;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** The {@code Investment} type: read from nodes by partner queries ({@link Joins}); its partner, joined or batched. */
@Controller
@OnRequestThread
@ViewerAccess
class InvestmentController {

    private final CypherRunner cypher;

    InvestmentController(CypherRunner cypher, Joins joins) {
        this.cypher = cypher;
        joins.type(NodeType.of("Investment", Investment.class, Investment::from, Investment::id));
        joins.link(Link.one("Investment", "partner", "Partner"));
    }

    @BatchMapping
    @Transactional(readOnly = true)
    public Map<Investment, Partner> partner(List<Investment> list) {
        return CypherRunner.firstByParent(list, Investment::id, cypher.grouped("investment/partners",
                CypherRunner.ids(list, Investment::id), r -> Partner.from(r.get("p"))));
    }
}
