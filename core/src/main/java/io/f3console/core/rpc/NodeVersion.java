package io.f3console.core.rpc;

import java.util.Objects;

/**
 * What a node says about itself ({@code Filecoin.Version}).
 *
 * @param version the build, e.g. {@code 1.34.0+mainnet+git.5f2e1a0}
 * @param apiVersion the API version number (semver packed as {@code major<<16 | minor<<8 | patch})
 * @param blockDelaySeconds the chain's block time
 */
public record NodeVersion(String version, long apiVersion, long blockDelaySeconds) {
  public NodeVersion {
    Objects.requireNonNull(version, "version");
  }

  /** The API version as {@code major.minor.patch}. */
  public String apiVersionText() {
    return (apiVersion >> 16 & 0xff) + "." + (apiVersion >> 8 & 0xff) + "." + (apiVersion & 0xff);
  }
}
