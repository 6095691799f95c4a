package com.ecosystemgraph.scoring.model;

import com.ecosystemgraph.scoring.features.PartnerFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The models of one training run, ready to serve: the prospect model, which reads only what a company
 * has before it signs and scores every prospect, and the partner model (engagement too), which the run
 * keeps only when it ranks signed partners better; without it the prospect model scores partners too.
 *
 * @param prospect the prospect model
 * @param partner  the partner model, or null
 */
public record ScoringModels(IppModel prospect, IppModel partner) {

    public ScoringModels {
        Objects.requireNonNull(prospect, "prospect model");
    }

    /** The prospect model serving everyone. */
    public static ScoringModels of(IppModel prospect) {
        return new ScoringModels(prospect, null);
    }

    /** The version of the run (stored on every scored node). */
    public String version() {
        return prospect.version();
    }

    /** The prospect model's card (with the partner model's card nested). */
    public ModelCard card() {
        return prospect.card();
    }

    public Optional<IppModel> partnerModel() {
        return Optional.ofNullable(partner);
    }

    /** The model that scores a row: the partner model for a signed partner when there is one, else the prospect model. */
    public IppModel modelFor(PartnerFeatures row) {
        return partner != null && !row.prospect() ? partner : prospect;
    }

    /** Calibrated probabilities of the rows, each from the model that scores it. */
    public double[] probabilities(List<PartnerFeatures> rows) {
        double[] fromProspect = prospect.probabilities(rows);
        if (partner == null) {
            return fromProspect;
        }
        List<PartnerFeatures> signed = new ArrayList<>();
        for (PartnerFeatures row : rows) {
            if (!row.prospect()) {
                signed.add(row);
            }
        }
        double[] fromPartner = partner.probabilities(signed);
        double[] p = new double[rows.size()];
        for (int i = 0, j = 0; i < p.length; i++) {
            p[i] = rows.get(i).prospect() ? fromProspect[i] : fromPartner[j++];
        }
        return p;
    }
}
