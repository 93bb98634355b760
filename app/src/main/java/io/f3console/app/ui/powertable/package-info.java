/**
 * The Power table page: a table of the workspace (the starting one, a later committee or one kept
 * in the history) with its CID and trust, summary figures, sortable and filterable entries with
 * each key's verdict, and the distribution of power ({@link
 * io.f3console.app.ui.powertable.PowerTableViewModel}, {@link
 * io.f3console.app.ui.powertable.TableAnalysis}); and compare mode, two tables and their
 * differences ({@link io.f3console.app.ui.powertable.CompareViewModel}). The figures are core
 * {@code powertable}'s; it builds on {@code ui}, {@code ui.context}, {@code ui.controls} and {@code
 * ui.workspace}, and nothing depends on it but its FXML.
 */
package io.f3console.app.ui.powertable;
