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
        card.withFeatures(features).write(dir.resolve("model-card.json"));

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
        card.withModelFile(card.modelVersion(), card.modelFile(), Checksums.sha256(model)).write(dir.resolve("model-card.json"));

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

    @Test
    void aChangedPartnerModelFileRefusesTheFolder() throws IOException {
        Path dir = Golden.copyTo(temp.resolve("partner"));
        Files.write(dir.resolve("ipp-partner-model.tribuo"), new byte[]{0}, StandardOpenOption.APPEND);

        assertThatThrownBy(() -> new ModelLoader().loadDirectory(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("Model file " + dir.resolve("ipp-partner-model.tribuo") + " has checksum ");
    }

    @Test
    void aPartnerModelCardWithAnotherFeatureSchemaIsRefused() {
        Path dir = Golden.copyTo(temp.resolve("partner-schema"));
        ModelCard card = ModelCard.read(dir.resolve("model-card.json"));
        List<String> features = new ArrayList<>(card.partnerModel().features());
        features.remove("portalLogins90d.log1p");
        card.withPartnerModel(card.partnerModel().withFeatures(features)).write(dir.resolve("model-card.json"));

        assertThatThrownBy(() -> new ModelLoader().loadDirectory(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("but the extractor produces [type.referral")
                .hasMessageContaining("retrain the model");
    }

    @Test
    void aCardOfTheFormerFormatIsRefused() throws IOException {
        Path dir = Golden.copyTo(temp.resolve("old"));
        Path cardFile = dir.resolve("model-card.json");
        Files.writeString(cardFile, Files.readString(cardFile).replaceFirst("\"formatVersion\" : 2", "\"formatVersion\" : 1"));

        assertThatThrownBy(() -> new ModelLoader().loadDirectory(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("has format version 1; this service reads version 2");
    }
}
