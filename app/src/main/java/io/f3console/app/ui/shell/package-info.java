/**
 * The console's window and frame: the JavaFX application ({@link
 * io.f3console.app.ui.shell.ConsoleApplication}), the window with its stylesheets, theme, drag and
 * drop and first view ({@link io.f3console.app.ui.shell.ConsoleWindow}), the main view's menus,
 * toolbar, navigation and status bar ({@link io.f3console.app.ui.shell.MainView} over {@link
 * io.f3console.app.ui.shell.MainViewModel}), FXML loading with the context, and the startup report.
 * It is the top of the console: it builds on {@code ui.context}, {@code ui.workspace}, the controls
 * and the sources dialog, and only the launcher depends on it.
 */
package io.f3console.app.ui.shell;
