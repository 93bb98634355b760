/**
 * The console's services, made once per window and handed to every view: {@link
 * io.f3console.app.ui.context.ConsoleContext} (the workspace and its loader, the background runner,
 * dialogs, the session history, live following, the current page and theme) and {@link
 * io.f3console.app.ui.context.ConsoleOptions}, what the console was started with. It builds on
 * {@code ui}, {@code ui.workspace}, {@code ui.follow}, {@code ui.historydb} and {@code app.common};
 * those must not depend on it, while the views and the shell take their context from it.
 */
package io.f3console.app.ui.context;
