/**
 * The source dialog: open a source by its string form or connect to a node, with a Test that looks
 * at the source in the background first ({@link io.f3console.app.ui.sources.SourceDialogModel},
 * {@link io.f3console.app.ui.sources.SourceProbe}). Sources are opened through core {@code open};
 * the shell and the overview open the dialog, and it must not depend on them.
 */
package io.f3console.app.ui.sources;
