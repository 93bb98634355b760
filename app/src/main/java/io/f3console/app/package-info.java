/**
 * The entry point of F3 Console: {@link io.f3console.app.Launcher} opens the console when started
 * with no arguments or only the console's own options, and runs a command of the command line
 * otherwise; {@link io.f3console.app.StartupTraining} is the training run for the package's
 * ahead-of-time cache. It sits above {@code cli}, {@code ui.context} and {@code ui.shell}, and
 * nothing depends on it.
 */
package io.f3console.app;
