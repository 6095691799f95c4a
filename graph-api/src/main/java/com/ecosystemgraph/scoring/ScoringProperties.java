package com.ecosystemgraph.scoring;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Ideal Partner Profile model in the service.
 *
 * @param modelDir      a training output folder (with {@code model-card.json}) to serve
 *                      ({@code ECOSYSTEM_MODEL_DIR}); empty: the newest model under {@code storeDir},
 *                      or a model trained at start
 * @param storeDir      where models trained by the service are written, one folder per version;
 *                      empty: {@code <data-dir>/models}
 * @param trainOnStart  train a model at start when there is none to load
 * @param seed          seed of training and of LIME explanations
 * @param rescoreOnChange rescore everything in the background after a mutation that can change
 *                      features (partners, customers, integrations, their use, referrals, deletions);
 *                      changes arriving during a rescoring are folded into one more
 */
@ConfigurationProperties("ecosystem.scoring")
public record ScoringProperties(
        Path modelDir,
        Path storeDir,
        @DefaultValue("true") boolean trainOnStart,
        @DefaultValue("42") long seed,
        @DefaultValue("true") boolean rescoreOnChange) {
}
