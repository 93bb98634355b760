package io.f3console.app.cli;

import io.f3console.app.common.BuildInfo;
import picocli.CommandLine;

/** The version and commit of this build (see {@link BuildInfo}). */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {BuildInfo.current().line()};
  }
}
