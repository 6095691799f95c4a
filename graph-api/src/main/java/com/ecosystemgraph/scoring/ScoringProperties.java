package com.ecosystemgraph.scoring;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Ideal Partner Profile model in the service.
 *
 * @param modelDir      a model folder (a training output or an export, with {@code checksums.sha256})
 *                      to import into the model store at start ({@code ECOSYSTEM_MODEL_DIR}); it
 *                      serves when no version serves yet, else the stored serving version wins
 * @param storeDir      the local model store of versions before models lived in the database:
 *                      its newest model is imported once, into an empty store ({@code <data-dir>/models})
 * @param trainOnStart  train a model at start when none is stored (one instance trains, the others wait)
 * @param seed          seed of training and of LIME explanations
 * @param rescoreOnChange rescore everything in the background after a mutation that can change
 *                      features (partners, customers, integrations, their use, referrals, deletions);
 *                      changes arriving during a rescoring are folded into one more; also lets this
 *                      instance take over a rescoring another instance did not do
 * @param pollInterval  how often an instance checks the model store for another serving version,
 *                      new scores, and work of a stopped instance to take over
 */
@ConfigurationProperties("ecosystem.scoring")
public record ScoringProperties(
        Path modelDir,
        Path storeDir,
        @DefaultValue("true") boolean trainOnStart,
        @DefaultValue("42") long seed,
        @DefaultValue("true") boolean rescoreOnChange,
        @DefaultValue("2s") Duration pollInterval) {

    /** The settings of a tool or test (polling every 2 s, which only the service does). */
    public static ScoringProperties of(Path modelDir, Path storeDir, boolean trainOnStart, long seed, boolean rescoreOnChange) {
        return new ScoringProperties(modelDir, storeDir, trainOnStart, seed, rescoreOnChange, Duration.ofSeconds(2));
    }
}
