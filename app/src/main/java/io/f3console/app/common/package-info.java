/**
 * What the command line and the console share without either depending on the other: the console's
 * own options named once ({@link io.f3console.app.common.ConsoleFlag}), the build's identity
 * ({@link io.f3console.app.common.BuildInfo}) and the libraries it ships with their licences
 * ({@link io.f3console.app.common.BundledLibraries}). Plain Java with no dependency on {@code cli},
 * {@code ui} or JavaFX, so that {@code cli} can use it and still run without a display.
 */
package io.f3console.app.common;
