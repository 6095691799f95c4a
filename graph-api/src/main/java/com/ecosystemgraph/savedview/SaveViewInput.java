package com.ecosystemgraph.savedview;

/** The {@code SaveViewInput} input. */
record SaveViewInput(String id, String name, SavedViewTarget target, CanvasState canvas, SavedFilter filter) {
}
