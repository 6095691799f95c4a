package com.ecosystemgraph.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model's files as bytes, their checksum list and the one checksum that covers them. */
class ModelBundleTest {

    @TempDir
    Path temp;

    @Test
    void theChecksumListIsWhatSha256sumWritesAndReads() throws IOException {
        ModelBundle golden = ModelBundle.readDirectory(Golden.directory());
        String list = Files.readString(Golden.directory().resolve(ModelManifest.FILE_NAME));

        assertThat(golden.manifest().text()).isEqualTo(list);
        assertThat(golden.checksum()).isEqualTo(Checksums.sha256(list.getBytes(StandardCharsets.UTF_8)));
        assertThat(ModelManifest.parse(list, "the list")).isEqualTo(golden.manifest());
        assertThat(golden.manifest().files()).containsOnlyKeys("ipp-model.tribuo", "ipp-partner-model.tribuo", "model-card.json");
    }

    @Test
    void anExportReadsBackAsTheSameModel() {
        ModelBundle golden = ModelBundle.readDirectory(Golden.directory());
        Path export = temp.resolve("export");
        golden.writeTo(export);

        ModelBundle again = ModelBundle.readDirectory(export);
        assertThat(again).isEqualTo(golden);
        assertThat(again.checksum()).isEqualTo(golden.checksum());
        assertThat(new ModelLoader().load(again, "the export").version()).isEqualTo(Golden.models().version());
    }

    @Test
    void bytesThatDifferFromTheirListAreRefusedNamingTheFile() {
        ModelBundle golden = ModelBundle.readDirectory(Golden.directory());
        byte[] card = golden.card().clone();
        card[card.length - 3] ^= 1;
        ModelBundle edited = new ModelBundle(card, golden.prospectModel(), golden.partnerModel());

        assertThat(edited.checksum()).isNotEqualTo(golden.checksum());
        assertThatThrownBy(() -> edited.verify(golden.manifest(), "the stored model v1", "its checksum list"))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageStartingWith("The stored model v1 was changed after training: model-card.json has SHA-256 ")
                .hasMessageContaining("but its checksum list says " + golden.manifest().files().get("model-card.json"));
        ModelBundle withoutPartner = new ModelBundle(golden.card(), golden.prospectModel(), null);
        assertThatThrownBy(() -> withoutPartner.verify(golden.manifest(), "the stored model v1", "its checksum list"))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("lacks ipp-partner-model.tribuo, which its checksum list lists");
        assertThat(Arrays.equals(golden.card(), card)).isFalse();
    }
}
