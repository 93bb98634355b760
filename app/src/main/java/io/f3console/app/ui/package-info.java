/**
 * What every part of the console shares: the one way work runs off the FX thread ({@link
 * io.f3console.app.ui.UiTaskRunner}, {@link io.f3console.app.ui.FxTaskRunner}, {@link
 * io.f3console.app.ui.BackgroundLane}), dialogs and notices ({@link
 * io.f3console.app.ui.DialogService}), the pages and keyboard shortcuts, themes and style classes,
 * and recording finished work as history sessions ({@link io.f3console.app.ui.SessionRecorder}). It
 * builds on core only; every other {@code ui} package builds on it, so it must not depend on any of
 * them.
 */
package io.f3console.app.ui;
