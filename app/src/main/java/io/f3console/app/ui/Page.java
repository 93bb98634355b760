package io.f3console.app.ui;

/** The console's main views, in the order of the navigation list. */
public enum Page {
  OVERVIEW("Overview", "_Overview", "overview/OverviewView.fxml"),
  POWER_TABLE("Power table", "_Power table", "powertable/PowerTableView.fxml"),
  WORKER_KEYS("Worker keys", "_Worker keys", "keys/WorkerKeysView.fxml"),
  CERTIFICATES("Certificates", "_Certificates", "certificates/CertificatesView.fxml"),
  DOCTOR("Doctor", "_Doctor", "doctor/DoctorView.fxml"),
  RELEASE_CHECK("Release check", "_Release check", "release/ReleaseCheckView.fxml"),
  HISTORY("History", "_History", "history/HistoryView.fxml"),
  CHAIN_STATE("Chain state", "Chain _state", "state/StateView.fxml"),
  PARTICIPATION("Participation", "Part_icipation", "participation/ParticipationView.fxml"),
  HEALTH("Health", "H_ealth", "health/HealthView.fxml");

  private final String title;
  private final String menuText;
  private final String fxml;

  Page(String title, String menuText, String fxml) {
    this.title = title;
    this.menuText = menuText;
    this.fxml = fxml;
  }

  public String title() {
    return title;
  }

  /** The title in the View menu, the underscore before its mnemonic letter. */
  public String menuText() {
    return menuText;
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
