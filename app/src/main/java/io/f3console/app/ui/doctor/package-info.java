/**
 * The Doctor page: core's bootstrap doctor against a node, the checks appearing as they finish,
 * with remedies and a re-run ({@link io.f3console.app.ui.doctor.DoctorViewModel}, {@link
 * io.f3console.app.ui.doctor.DoctorView}); the run is recorded as a session through core's {@code
 * sessions}. It builds on {@code ui}, {@code ui.context}, {@code ui.controls} and core; nothing
 * depends on it but its FXML.
 */
package io.f3console.app.ui.doctor;
