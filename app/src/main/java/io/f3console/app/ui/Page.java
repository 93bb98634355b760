package io.f3console.app.ui;

/** The console's main views, in the order of the navigation list. */
public enum Page {
  OVERVIEW("Overview", "overview/OverviewView.fxml"),
  POWER_TABLE("Power table", "powertable/PowerTableView.fxml"),
  WORKER_KEYS("Worker keys", "keys/WorkerKeysView.fxml"),
  CERTIFICATES("Certificates", "certificates/CertificatesView.fxml"),
  DOCTOR("Doctor", "doctor/DoctorView.fxml"),
  RELEASE_CHECK("Release check", "release/ReleaseCheckView.fxml"),
  HISTORY("History", "history/HistoryView.fxml"),
  CHAIN_STATE("Chain state", "state/StateView.fxml"),
  PARTICIPATION("Participation", "participation/ParticipationView.fxml"),
  HEALTH("Health", "health/HealthView.fxml");

  private final String title;
  private final String fxml;

  Page(String title, String fxml) {
    this.title = title;
    this.fxml = fxml;
  }

  public String title() {
    return title;
  }

  /** The view's FXML, relative to this package. */
  public String fxml() {
    return fxml;
  }

  /** The node id of the view's root, for tests and keyboard navigation. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-view";
  }

  @Override
  public String toString() {
    return title;
  }
}
