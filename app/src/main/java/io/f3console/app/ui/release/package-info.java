/**
 * The Release check page: sources to compare, an optional candidate CID, evidence per source and
 * core's verdict with its Markdown report ({@link
 * io.f3console.app.ui.release.ReleaseCheckViewModel}), recorded as a session ({@link
 * io.f3console.app.ui.release.ReleaseSession}). It builds on {@code ui}, {@code ui.context}, {@code
 * ui.controls}, {@code ui.workspace} and core {@code bootstrap}; nothing depends on it but its
 * FXML.
 */
package io.f3console.app.ui.release;
