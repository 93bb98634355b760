/**
 * What the console has open, shared by every view: the {@link
 * io.f3console.app.ui.workspace.Workspace} (the selected network, the starting power table with its
 * trust, the certificates with their validation, the selection), filled in the background by the
 * {@link io.f3console.app.ui.workspace.WorkspaceLoader} from the demo, files, sources or a node
 * (decision record 0005), and what a load leaves in the history. It builds on {@code ui} and on
 * core (sources through {@code open}, validation, trust, inspection, sessions); the views, the
 * context and following read it, and it must not depend on them.
 */
package io.f3console.app.ui.workspace;
