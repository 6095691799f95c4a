package com.ecosystemgraph.savedview;

/** A saved view as the API shows it ({@code SavedView}). */
record SavedView(String id, String name, SavedViewTarget target, CanvasState canvas, SavedFilter filter, String createdAt,
        String updatedAt) {
}
