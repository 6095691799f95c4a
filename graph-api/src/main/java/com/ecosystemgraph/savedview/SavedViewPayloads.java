package com.ecosystemgraph.savedview;

import com.ecosystemgraph.graphql.UserError;
import java.util.List;

/** The payloads of the saved views' mutations. */
final class SavedViewPayloads {

    private SavedViewPayloads() {
    }

    /** {@code SaveViewPayload}. */
    record Save(SavedView savedView, List<UserError> errors) {
    }

    /** {@code DeleteSavedViewPayload}. */
    record Delete(String deletedId, List<UserError> errors) {
    }

    /** {@code DeleteSavedViewInput}. */
    record DeleteInput(String id) {
    }
}
