/**
 * The console's own controls and the plain-Java marks behind them: values to copy with a click
 * ({@link io.f3console.app.ui.controls.CopyableText}, {@link
 * io.f3console.app.ui.controls.NamedCids}, row copying), selectable text, empty states, report
 * actions, and verdicts and trust states shown as icon, word and colour, never colour alone ({@link
 * io.f3console.app.ui.controls.Tone}, {@link io.f3console.app.ui.controls.TrustBadge} over the
 * toolkit-free {@link io.f3console.app.ui.controls.TrustMarks}). It builds on {@code ui} and a few
 * core value packages; the views, the shell and following use it, and it must not depend on them.
 */
package io.f3console.app.ui.controls;
