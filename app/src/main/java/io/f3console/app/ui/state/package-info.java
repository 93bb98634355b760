/**
 * The Chain state page: the power table of a tipset computed from its state as Lotus computes it
 * (core {@code statepower}), from a CAR file or a node at an epoch, compared with the CID that
 * signs its tipset, with every claim's decision ({@link io.f3console.app.ui.state.StateViewModel}),
 * and recorded as {@code powertable from-state} records it ({@link
 * io.f3console.app.ui.state.StateSession}). It builds on {@code ui}, {@code ui.context}, {@code
 * ui.controls}, {@code ui.workspace} and core; nothing depends on it but its FXML.
 */
package io.f3console.app.ui.state;
