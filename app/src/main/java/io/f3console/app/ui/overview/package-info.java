/**
 * The Overview page, the answer the console opens on: one verdict line for what is open and a card
 * each for the network, the power table and the certificates ({@link
 * io.f3console.app.ui.overview.OverviewViewModel}, shown by {@link
 * io.f3console.app.ui.overview.OverviewView}). It reads the workspace and core's trust, inspection
 * and statistics through the context; nothing depends on it but its FXML.
 */
package io.f3console.app.ui.overview;
