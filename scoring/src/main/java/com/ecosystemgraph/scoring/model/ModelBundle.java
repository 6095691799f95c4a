package com.ecosystemgraph.scoring.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The files of one training run as bytes, as they travel between a model folder and the model
 * store in the database: the prospect model, the partner model when the run kept one, and the card
 * ({@code model-card.json}). Its {@link ModelManifest} covers all of them; {@link #checksum()} is
 * the model's checksum. Nothing here trusts the bytes: {@link ModelLoader#load(ModelBundle, String)}
 * checks them before a model serves.
 *
 * @param card          {@code model-card.json}
 * @param prospectModel {@code ipp-model.tribuo}
 * @param partnerModel  {@code ipp-partner-model.tribuo}, or null when the run kept no partner model
 */
public record ModelBundle(byte[] card, byte[] prospectModel, byte[] partnerModel) {

    /** File name of the prospect model. */
    public static final String PROSPECT_MODEL_FILE = "ipp-model.tribuo";
    /** File name of the partner model. */
    public static final String PARTNER_MODEL_FILE = "ipp-partner-model.tribuo";
    /**
     * Largest model (all its files together) the store takes: the models trained here are 0.1-3 MB,
     * a Bolt message and a Neo4j transaction carry this comfortably (docs/adr/0014-models-in-the-database.md).
     */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    public ModelBundle {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(prospectModel, "prospect model");
    }

    /** The files by name, as a folder holds them. */
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ModelCard.FILE_NAME, card);
        files.put(PROSPECT_MODEL_FILE, prospectModel);
        if (partnerModel != null) {
            files.put(PARTNER_MODEL_FILE, partnerModel);
        }
        return files;
    }

    /** The checksum list of these bytes. */
    public ModelManifest manifest() {
        return ModelManifest.of(files());
    }

    /** The model's checksum: SHA-256 of its checksum list. */
    public String checksum() {
        return manifest().checksum();
    }

    /** Bytes of all files together. */
    public long size() {
        return card.length + (long) prospectModel.length + (partnerModel == null ? 0 : partnerModel.length);
    }

    /**
     * Checks these bytes against the checksum list they were stored or exported with: every file the
     * list names must be here with that SHA-256, and nothing here may be left out of the list.
     *
     * @param where names the model in a refusal ("the model folder /x", "the stored model ipp-…")
     * @param listName what the list is called there ("checksums.sha256", "its checksum list")
     * @throws ModelLoadException naming the first file that differs
     */
    public void verify(ModelManifest expected, String where, String listName) {
        Map<String, String> actual = manifest().files();
        for (Map.Entry<String, String> file : expected.files().entrySet()) {
            String sha = actual.get(file.getKey());
            if (sha == null) {
                throw new ModelLoadException(capitalised(where) + " lacks " + file.getKey() + ", which " + listName + " lists: the model is"
                        + " incomplete and refused");
            }
            if (!sha.equals(file.getValue())) {
                throw new ModelLoadException(capitalised(where) + " was changed after training: " + file.getKey() + " has SHA-256 " + sha
                        + ", but " + listName + " says " + file.getValue() + ". The model is refused");
            }
        }
        for (String name : actual.keySet()) {
            if (!expected.files().containsKey(name)) {
                throw new ModelLoadException(capitalised(where) + " has " + name + ", which " + listName + " does not cover: the model is"
                        + " refused");
            }
        }
    }

    /**
     * Reads a model folder and checks it against its {@code checksums.sha256}: a folder written by
     * training, or exported from the model store.
     *
     * @throws ModelLoadException when the list is missing or damaged, or a file differs from it
     */
    public static ModelBundle readDirectory(Path directory) {
        Path list = directory.resolve(ModelManifest.FILE_NAME);
        if (!Files.isRegularFile(directory.resolve(ModelCard.FILE_NAME))) {
            throw new ModelLoadException(
                    "There is no model card at " + directory.resolve(ModelCard.FILE_NAME) + " (every model folder needs its "
                            + ModelCard.FILE_NAME + ")");
        }
        if (!Files.isRegularFile(list)) {
            throw new ModelLoadException("The model folder " + directory + " has no " + ModelManifest.FILE_NAME
                    + ": without the checksums of its"
                    + " files a changed card or model cannot be told from the trained one, so the model is refused (train it again, or export"
                    + " it from a service that serves it)");
        }
        ModelManifest expected;
        try {
            expected = ModelManifest.parse(Files.readString(list, StandardCharsets.UTF_8), list.toString());
        } catch (IOException e) {
            throw new ModelLoadException("Cannot read " + list + ": " + e.getMessage(), e);
        }
        ModelBundle bundle = read(directory, expected.files().containsKey(PARTNER_MODEL_FILE));
        bundle.verify(expected, "the model folder " + directory, ModelManifest.FILE_NAME);
        return bundle;
    }

    /**
     * Reads a model folder written before models carried a checksum list (the local model store of
     * earlier versions): nothing to check the card against, so only the caller that knows where the
     * folder comes from may use this (the one-time import of the service's own former store).
     */
    public static ModelBundle readUnlistedDirectory(Path directory) {
        if (!Files.isRegularFile(directory.resolve(ModelCard.FILE_NAME))) {
            throw new ModelLoadException("There is no model card at " + directory.resolve(ModelCard.FILE_NAME));
        }
        return read(directory, Files.isRegularFile(directory.resolve(PARTNER_MODEL_FILE)));
    }

    private static ModelBundle read(Path directory, boolean withPartner) {
        return new ModelBundle(bytes(directory.resolve(ModelCard.FILE_NAME)), bytes(directory.resolve(PROSPECT_MODEL_FILE)),
                withPartner ? bytes(directory.resolve(PARTNER_MODEL_FILE)) : null);
    }

    private static byte[] bytes(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException("There is no model file at " + file);
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ModelLoadException(file + " has " + size + " bytes; a model may have at most " + MAX_BYTES + " bytes in all");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ModelLoadException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the files and their {@code checksums.sha256} into a folder (created if needed): an
     * export that {@link #readDirectory} reads back, and that {@code ECOSYSTEM_MODEL_DIR} imports.
     */
    public void writeTo(Path directory) {
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, byte[]> file : files().entrySet()) {
                Files.write(directory.resolve(file.getKey()), file.getValue());
            }
            Files.writeString(directory.resolve(ModelManifest.FILE_NAME), manifest().text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the model to " + directory, e);
        }
    }

    /**
     * Writes the checksum list of the model files already in a folder (training does this as its
     * last step, after the card).
     */
    public static void writeChecksums(Path directory) {
        ModelBundle bundle = readUnlistedDirectory(directory);
        try {
            Files.writeString(directory.resolve(ModelManifest.FILE_NAME), bundle.manifest().text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + directory.resolve(ModelManifest.FILE_NAME), e);
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelBundle b && java.util.Arrays.equals(card, b.card)
                && java.util.Arrays.equals(prospectModel, b.prospectModel)
                && java.util.Arrays.equals(partnerModel, b.partnerModel);
    }

    @Override
    public int hashCode() {
        return checksum().hashCode();
    }

    @Override
    public String toString() {
        return "ModelBundle[" + size() + " bytes, checksum " + checksum() + "]";
    }
}
