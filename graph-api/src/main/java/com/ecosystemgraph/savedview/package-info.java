/**
 * Named saved views per user (saved-views.graphqls): an explorer canvas or an analytics period and
 * segment, stored as {@code SavedView} nodes owned by the signed-in caller and only ever read,
 * changed or deleted by that caller.
 */
package com.ecosystemgraph.savedview;
