/**
 * The Health page: how F3 progressed over the loaded certificates or, while following the connected
 * node, its store's progress, the live state and the alerts, with the follow settings as typed
 * ({@link io.f3console.app.ui.health.HealthViewModel}, {@link
 * io.f3console.app.ui.health.HealthSettings}, the lag chart). Everything it shows is computed by
 * core {@code health} and {@code monitor}, through {@code ui.follow}; nothing depends on it but its
 * FXML.
 */
package io.f3console.app.ui.health;
