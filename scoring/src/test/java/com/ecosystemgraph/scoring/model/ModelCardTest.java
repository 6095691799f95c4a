package com.ecosystemgraph.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecosystemgraph.scoring.shift.FeatureBins;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The card survives its JSON round trip, nested partner model and shift report included; missing lists load empty. */
class ModelCardTest {

    @Test
    void theGoldenCardSurvivesTheJsonRoundTrip() {
        ModelCard golden = ModelCard.read(Golden.directory().resolve(ModelCard.FILE_NAME));

        ModelCard back = ModelCard.fromJson(golden.toJson());

        assertThat(back).isEqualTo(golden);
        assertThat(back.partnerModel()).isNotNull().isEqualTo(golden.partnerModel());
        assertThat(back.shift().features()).isNotEmpty();
        assertThat(back.reliability()).isNotEmpty();
        assertThat(back.roc()).isNotEmpty();
        FeatureBins bins = back.referenceBins().get("certifiedStaff.log1p");
        assertThat(bins.total()).isEqualTo(back.data().train());
        assertThat(back.withModelFile("v2", "m.pb", "abc").reliability()).isEqualTo(golden.reliability());
    }

    @Test
    void aCardWithoutBinsOrRocLoadsWithEmptyLists() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode node = (ObjectNode) json.readTree(Files.readString(Golden.directory().resolve(ModelCard.FILE_NAME)));
        node.remove("reliability");
        node.remove("roc");
        node.remove("scores");
        node.remove("referenceBins");

        ModelCard card = ModelCard.fromJson(node.toString());

        assertThat(card.reliability()).isEmpty();
        assertThat(card.roc()).isEmpty();
        assertThat(card.scores()).isEmpty();
        assertThat(card.referenceBins()).isEmpty();
    }
}
