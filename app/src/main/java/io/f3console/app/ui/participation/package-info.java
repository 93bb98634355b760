/**
 * The Participation page: the signed share per instance of the validated certificates as a zoomable
 * chart, one miner's timeline, the roll of an instance and the missing power of a stretch ({@link
 * io.f3console.app.ui.participation.ParticipationViewModel}), all computed by core {@code
 * participation} in background lanes. It builds on {@code ui}, {@code ui.context}, {@code
 * ui.controls} and {@code ui.workspace}; nothing depends on it but its FXML.
 */
package io.f3console.app.ui.participation;
