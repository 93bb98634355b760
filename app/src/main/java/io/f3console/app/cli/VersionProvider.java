package io.f3console.app.cli;

import picocli.CommandLine;

/** The version from the jar manifest, or "development" when run from classes. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"F3 Console " + (version == null ? "(development build)" : version)};
  }
}
