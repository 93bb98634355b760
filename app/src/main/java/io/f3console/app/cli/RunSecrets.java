package io.f3console.app.cli;

import io.f3console.core.rpc.ApiInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every secret one run may know: the values of {@code --token} and {@code --api-info}, the contents
 * of each {@code --token-file}, and the token of {@code FULLNODE_API_INFO}. They are kept out of
 * error messages and out of the history.
 */
final class RunSecrets {
  private static final String TOKEN_FILE = "--token-file";

  private RunSecrets() {}

  static List<String> of(String[] args, Map<String, String> environment) {
    List<String> secrets = new ArrayList<>(NodeOptions.secretsIn(args));
    for (int i = 0; i < args.length; i++) {
      String file = null;
      if (args[i].equals(TOKEN_FILE) && i + 1 < args.length) {
        file = args[i + 1];
      } else if (args[i].startsWith(TOKEN_FILE + "=")) {
        file = args[i].substring(TOKEN_FILE.length() + 1);
      }
      if (file != null && !file.isBlank()) {
        NodeAccessOptions.tokenInFile(file).ifPresent(secrets::add);
      }
    }
    String apiInfo = environment.get(ApiInfo.VARIABLE);
    if (apiInfo != null && !apiInfo.isBlank()) {
      secrets.addAll(NodeOptions.secretsIn(new String[] {"--api-info", apiInfo}));
    }
    return List.copyOf(secrets);
  }
}
