/**
 * The Worker keys page: for the selected participant of a committee, the verdict on its key, the
 * key itself, go-f3's four checks, its BDN coefficient, how often it signed and its key history
 * ({@link io.f3console.app.ui.keys.WorkerKeysViewModel}, {@link
 * io.f3console.app.ui.keys.KeyDetails}). Reports come from core {@code inspect} and {@code crypto},
 * built in the background; it builds on {@code ui}, {@code ui.context}, {@code ui.controls} and
 * {@code ui.workspace}, and nothing depends on it but its FXML.
 */
package io.f3console.app.ui.keys;
