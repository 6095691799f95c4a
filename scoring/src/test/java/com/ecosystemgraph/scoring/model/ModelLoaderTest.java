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

    private static String sha(Path file) {
        return Checksums.sha256(file);
    }

    @Test
    void aChangedModelFileIsRefusedByItsChecksum() throws IOException {
        Path dir = Golden.copyTo(temp.resolve("changed"));
        String trained = sha(dir.resolve("ipp-model.tribuo"));
        Files.write(dir.resolve("ipp-model.tribuo"), new byte[]{0}, StandardOpenOption.APPEND);

        assertThatThrownBy(() -> new ModelLoader().loadDirectory(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessage("The model folder " + dir + " was changed after training: ipp-model.tribuo has SHA-256 "
                        + sha(dir.resolve("ipp-model.tribuo")) + ", but checksums.sha256 says " + trained + ". The model is refused");
    }

    /** Issue 20, item 2: the card's calibration changes every served score, so the checksum covers the card. */
    @Test
    void anEditedCalibrationInterceptInTheCardIsRefused() throws IOException {
        Path dir = Golden.copyTo(temp.resolve("intercept"));
        Path cardFile = dir.resolve("model-card.json");
        String card = Files.readString(cardFile);
        String edited = card.replaceFirst("\"intercept\" : -0\\.18858349630357588", "\"intercept\" : 2.5");
        assertThat(edited).isNotEqualTo(card);
        Files.writeString(cardFile, edited);
        // The edited card is a valid card that would raise every prospect's probability.
        assertThat(ModelCard.read(cardFile).calibration().intercept()).isEqualTo(2.5);

        assertThatThrownBy(() -> new ModelLoader().loadDirectory(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageStartingWith(
                        "The model folder " + dir + " was changed after training: model-card.json has SHA-256 " + sha(cardFile))
                .hasMessageEndingWith("The model is refused");
    }

    @Test
    void editedMetricsInTheCardAreRefused() throws IOException {
        Path dir = Golden.copyTo(temp.resolve("metrics"));
        Path cardFile = dir.resolve("model-card.json");
        ModelCard card = ModelCard.read(cardFile);
        Files.writeString(cardFile, Files.readString(cardFile).replace(String.valueOf(card.metrics().auc().value()), "0.99"));

        assertThatThrownBy(() -> new ModelLoader().loadDirectory(dir))
                .isInstanceOf(ModelLoadException.class).hasMessageContaining("model-card.json has SHA-256");
    }

    @Test
    void aFolderWithoutItsChecksumListIsRefused() throws IOException {
        Path dir = Golden.copyTo(temp.resolve("unlisted"));
        Files.delete(dir.resolve(ModelManifest.FILE_NAME));

        assertThatThrownBy(() -> new ModelLoader().loadDirectory(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("The model folder " + dir + " has no checksums.sha256");
    }

    @Test
    void aDamagedChecksumListIsRefused() throws IOException {
        Path dir = Golden.copyTo(temp.resolve("damaged"));
        Files.writeString(dir.resolve(ModelManifest.FILE_NAME), "not a checksum\n");

        assertThatThrownBy(() -> new ModelLoader().loadDirectory(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("Line 1 of " + dir.resolve(ModelManifest.FILE_NAME) + " is not '<SHA-256>  <file name>'");
    }

    @Test
    void aPartnerModelLeftOutOfTheListIsRefused() throws IOException {
        Path dir = Golden.copyTo(temp.resolve("partner-unlisted"));
        Path list = dir.resolve(ModelManifest.FILE_NAME);
        Files.writeString(list, Files.readString(list).lines().filter(l -> !l.endsWith("ipp-partner-model.tribuo"))
                .reduce("", (a, b) -> a + b + "\n"));

        assertThatThrownBy(() -> new ModelLoader().loadDirectory(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("describes a partner model, but the model folder " + dir
                        + " has no ipp-partner-model.tribuo covered by its checksums");
    }

    @Test
    void aModelFileThatIsNotTheCardsIsRefusedEvenWhenTheListWasRewritten() throws IOException {
        Path dir = Golden.copyTo(temp.resolve("resealed"));
        Files.copy(dir.resolve("ipp-partner-model.tribuo"), dir.resolve("ipp-model.tribuo"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ModelBundle.writeChecksums(dir);

        assertThatThrownBy(() -> new ModelLoader().loadDirectory(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("Model file ipp-model.tribuo of the model folder " + dir + " has checksum ")
                .hasMessageContaining("but its card says " + ModelCard.read(dir.resolve("model-card.json")).modelSha256());
    }

    @Test
    void aCardWithAnotherFeatureSchemaIsRefused() {
        Path dir = Golden.copyTo(temp.resolve("schema"));
        ModelCard card = ModelCard.read(dir.resolve("model-card.json"));
        List<String> features = new ArrayList<>(card.features());
        features.set(0, "type.franchise");
        card.withFeatures(features).write(dir.resolve("model-card.json"));
        ModelBundle.writeChecksums(dir);

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
        ModelBundle.writeChecksums(dir);

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
                .hasMessageContaining("was changed after training: ipp-partner-model.tribuo has SHA-256 ");
    }

    @Test
    void aPartnerModelCardWithAnotherFeatureSchemaIsRefused() {
        Path dir = Golden.copyTo(temp.resolve("partner-schema"));
        ModelCard card = ModelCard.read(dir.resolve("model-card.json"));
        List<String> features = new ArrayList<>(card.partnerModel().features());
        features.remove("portalLogins90d.log1p");
        card.withPartnerModel(card.partnerModel().withFeatures(features)).write(dir.resolve("model-card.json"));
        ModelBundle.writeChecksums(dir);

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
        ModelBundle.writeChecksums(dir);

        assertThatThrownBy(() -> new ModelLoader().loadDirectory(dir))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("has format version 1; this service reads version 2");
    }
}
