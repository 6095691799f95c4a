package com.ecosystemgraph.savedview;

import com.ecosystemgraph.graph.ExpandDirection;
import com.ecosystemgraph.graph.RelationshipType;
import com.ecosystemgraph.graph.NodeKind;
import com.ecosystemgraph.graph.PartnerTier;
import com.ecosystemgraph.graph.PartnerType;
import java.util.List;

/**
 * The explorer's canvas: the {@code CanvasStateInput} as given, and the {@code CanvasState} as stored
 * and returned ({@link SavedViewRules#canvas} fills the defaults). Stored as JSON on the saved view.
 */
public record CanvasState(
        List<String> nodes,
        Integer depth,
        Integer perNodeLimit,
        Boolean onlyListed,
        List<NodeKind> kinds,
        PartnerType partnerType,
        PartnerTier tier,
        String region,
        Colour colour,
        String colourProperty,
        String sizeProperty,
        Layout layout,
        LabelRank labelRank,
        List<RelationshipType> expandTypes,
        ExpandDirection expandDirection,
        Boolean groupLeaves,
        List<String> openGroups,
        String selected,
        String pathTo,
        Boolean allPaths,
        Boolean throughHubs) {

    /** GraphQL {@code CanvasColour}. */
    public enum Colour {
        KIND, SCORE, PROPERTY
    }

    /** GraphQL {@code CanvasLayout}. */
    public enum Layout {
        FORCE, CIRCLE
    }

    /** GraphQL {@code CanvasLabelRank}. */
    public enum LabelRank {
        DEGREE, PAGERANK
    }
}
