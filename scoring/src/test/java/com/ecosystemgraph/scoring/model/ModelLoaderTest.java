package com.ecosystemgraph.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.ObjectInputFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model files that must not be served are refused with a message that says why. */
class ModelLoaderTest {

    @TempDir
    Path temp;

    @Test
    void aChangedModelFileIsRefusedByItsChecksum() throws IOException {
        Path dir = Golden.copyTo(temp.resolve("changed"));
        Files.write(dir.resolve("ipp-model.tribuo"), new byte[]{0}, StandardOpenOption.APPEND);

        assertThatThrownBy(() -> new ModelLoader().loadDirectory(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("Model file " + dir.resolve("ipp-model.tribuo") + " has checksum ")
                .hasMessageContaining("but its card says " + ModelCard.read(dir.resolve("model-card.json")).modelSha256());
    }

    @Test
    void aCardWithAnotherFeatureSchemaIsRefused() {
        Path dir = Golden.copyTo(temp.resolve("schema"));
        ModelCard card = ModelCard.read(dir.resolve("model-card.json"));
        List<String> features = new ArrayList<>(card.features());
        features.set(0, "type.franchise");
        withFeatures(card, features).write(dir.resolve("model-card.json"));

        assertThatThrownBy(() -> new ModelLoader().loadDirectory(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("expects features [type.franchise")
                .hasMessageContaining("the extractor produces [type.referral");
    }

    @Test
    void aFileThatIsNotATribuoProtobufModelIsRefused() throws IOException {
        Path dir = Golden.copyTo(temp.resolve("garbage"));
        Path model = dir.resolve("ipp-model.tribuo");
        Files.writeString(model, "this is not a model");
        ModelCard card = ModelCard.read(dir.resolve("model-card.json"));
        withSha(card, Checksums.sha256(model)).write(dir.resolve("model-card.json"));

        assertThatThrownBy(() -> new ModelLoader().loadDirectory(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("is not a Tribuo protobuf model");
    }

    @Test
    void aMissingCardIsRefused() {
        assertThatThrownBy(() -> new ModelLoader().loadDirectory(temp))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("There is no model card at " + temp.resolve("model-card.json"));
    }

    @Test
    void loadingInstallsTribuosDeserializationFilter() {
        new ModelLoader().loadDirectory(Golden.directory());
        ObjectInputFilter filter = ObjectInputFilter.Config.getSerialFilter();
        assertThat(filter).isNotNull();
        assertThat(SerialFilter.install()).isIn(SerialFilter.Outcome.ALREADY_INSTALLED, SerialFilter.Outcome.OTHER_FILTER_PRESENT);
    }

    private static ModelCard withFeatures(ModelCard c, List<String> features) {
        return new ModelCard(c.formatVersion(), c.modelVersion(), c.trainedAt(), c.modelFile(), c.modelSha256(), c.trainer(),
                c.trainerReason(), c.trainerDescription(), c.candidates(), c.label(), c.data(), c.featureSchema(), features,
                c.featureStats(), c.calibration(), c.explanationMethod(), c.metrics(), c.baselines(), c.oracle(), c.liftByDecile(),
                c.settings(), c.tribuoVersion(), c.provenance(), c.reliability(), c.roc());
    }

    private static ModelCard withSha(ModelCard c, String sha) {
        return new ModelCard(c.formatVersion(), c.modelVersion(), c.trainedAt(), c.modelFile(), sha, c.trainer(),
                c.trainerReason(), c.trainerDescription(), c.candidates(), c.label(), c.data(), c.featureSchema(), c.features(),
                c.featureStats(), c.calibration(), c.explanationMethod(), c.metrics(), c.baselines(), c.oracle(), c.liftByDecile(),
                c.settings(), c.tribuoVersion(), c.provenance(), c.reliability(), c.roc());
    }
}
