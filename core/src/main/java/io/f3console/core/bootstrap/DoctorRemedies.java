package io.f3console.core.bootstrap;

import io.f3console.core.rpc.RpcException;

/** What an operator can do about a failure, in the terms of the Lotus and Forest releases. */
final class DoctorRemedies {
  static final String F3_DISABLED =
      "Enable F3: on Lotus unset LOTUS_DISABLE_F3_SUBSYSTEM (any"
          + " value other than \"\", 0, false or no disables it) and restart the daemon; a lite node"
          + " or a build with F3 turned off has no F3, so use a full node of a current release. On"
          + " Forest set FOREST_F3_SIDECAR_FFI_ENABLED=1.";

  static final String NOT_RUNNING_AFTER_BOOTSTRAP =
      "F3 is past its bootstrap epoch but not"
          + " running, which usually means the node has no initial power table: it needs chain"
          + " state at BootstrapEpoch - Finality, or a manifest with InitialPowerTable and a peer"
          + " that serves it. Look in the log for \"failed to load the bootstrap power table\","
          + " \"could not find anyone with initial power table\" or \"failed to start F3 after"
          + " initial delay\" (go-f3 v0.8.12 does not retry: restart the daemon).";

  static final String WRONG_NETWORK =
      "Point the doctor at a node of this network, or choose"
          + " the network the node runs with --network; a node whose F3 name is an old one runs a"
          + " build from before the network's F3 restart and needs a newer release.";

  private DoctorRemedies() {}

  /** The remedy for a call that failed for {@code reason}. */
  static String of(RpcException.Reason reason) {
    return switch (reason) {
      case UNAUTHORISED ->
          "Give the node's API token (--token, --token-file or"
              + " FULLNODE_API_INFO); a read token is enough.";
      case F3_DISABLED -> F3_DISABLED;
      case F3_NOT_RUNNING -> NOT_RUNNING_AFTER_BOOTSTRAP;
      case METHOD_NOT_FOUND ->
          "Upgrade the node: F3GetPowerTableByInstance needs Lotus 1.33.1"
              + " or later (Forest names it F3GetF3PowerTableByInstance).";
      case TIMEOUT ->
          "The node did not answer in time: raise --timeout, or check that the node"
              + " is not overloaded or still syncing.";
      case UNREACHABLE ->
          "Check the URL and that the node's API listens there (Lotus: port"
              + " 1234, LOTUS_API_LISTENADDRESS; Forest: port 2345).";
      case HTTP_ERROR ->
          "The node or a proxy in front of it answers with an HTTP error: check"
              + " the URL path (/rpc/v1) and the node's log.";
      case MALFORMED_RESPONSE ->
          "The answer is not Lotus JSON-RPC: check that the URL is the"
              + " node's API (/rpc/v1) and not another service or proxy.";
      case CERTIFICATE_NOT_FOUND ->
          "The node's certificate store does not hold it: the node"
              + " has not bootstrapped F3 yet, or its store started later (a snapshot import or a"
              + " late start). Ask a node that has followed F3 from the start.";
      case NODE_ERROR, INTERRUPTED -> "Read the node's log around this call.";
    };
  }
}
