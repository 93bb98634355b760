package io.f3console.core.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.bitfield.RlePlus;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.merkle.MerkleTree;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * TEST ONLY, to be replaced by the real certificate codec: reads just enough of the real mainnet
 * certificates ({@code mainnet_certs_0_9.json}, Lotus JSON) to check their signatures, and builds
 * their signing bytes by hand from the protocol notes (§4.3 chain key, §4.4 payload with round 0
 * and phase DECIDE). No validation beyond what the signature check needs.
 */
final class TestOnlyMainnetCertificates {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final byte PHASE_DECIDE = 5;

  private TestOnlyMainnetCertificates() {}

  /** What a signature check needs from one certificate. */
  record Certificate(
      long instance,
      byte[] commitments,
      byte[] nextPowerTableCid,
      byte[] chainKey,
      int[] signers,
      byte[] signature) {

    /** The payload's MarshalForSigning bytes for {@code network}. */
    byte[] signingBytes(String network) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(("GPBFT:" + network + ":").getBytes(StandardCharsets.UTF_8));
      out.write(PHASE_DECIDE);
      out.writeBytes(ByteBuffer.allocate(16).putLong(0).putLong(instance).array());
      out.writeBytes(commitments);
      out.writeBytes(chainKey);
      out.writeBytes(nextPowerTableCid);
      return out.toByteArray();
    }
  }

  /** The real mainnet initial power table's keys, in table order (the committee of 0–9). */
  static List<byte[]> mainnetInitialKeys() throws Exception {
    List<byte[]> keys = new ArrayList<>();
    for (PowerEntry entry :
        PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json")).entries()) {
      keys.add(entry.pubKey().toBytes());
    }
    return keys;
  }

  static List<Certificate> mainnetCertificates() throws Exception {
    JsonNode root = MAPPER.readTree(SharedData.bytes("mainnet_certs_0_9.json"));
    List<Certificate> certificates = new ArrayList<>();
    for (JsonNode node : root) {
      JsonNode supplemental = node.required("SupplementalData");
      certificates.add(
          new Certificate(
              node.required("GPBFTInstance").asLong(),
              base64(supplemental.required("Commitments")),
              cid(supplemental.required("PowerTable")),
              chainKey(node.required("ECChain")),
              signers(node.required("Signers")),
              base64(node.required("Signature"))));
    }
    return certificates;
  }

  /** The Merkle root over the tipsets' leaf values (§4.3). */
  private static byte[] chainKey(JsonNode chain) throws Exception {
    List<byte[]> leaves = new ArrayList<>();
    for (JsonNode tipset : chain) {
      ByteArrayOutputStream key = new ByteArrayOutputStream();
      for (JsonNode blockCid : tipset.required("Key")) {
        key.writeBytes(cid(blockCid));
      }
      ByteArrayOutputStream leaf = new ByteArrayOutputStream();
      leaf.writeBytes(ByteBuffer.allocate(8).putLong(tipset.required("Epoch").asLong()).array());
      leaf.writeBytes(base64(tipset.required("Commitments")));
      leaf.writeBytes(Cid.makeCid(cborByteString(key.toByteArray())).toBytes());
      leaf.writeBytes(cid(tipset.required("PowerTable")));
      leaves.add(leaf.toByteArray());
    }
    return MerkleTree.root(leaves);
  }

  private static byte[] cborByteString(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int length = bytes.length;
    if (length < 24) {
      out.write(0x40 + length);
    } else if (length < 256) {
      out.write(0x58);
      out.write(length);
    } else {
      out.write(0x59);
      out.write(length >>> 8);
      out.write(length & 0xff);
    }
    out.writeBytes(bytes);
    return out.toByteArray();
  }

  private static int[] signers(JsonNode runs) throws Exception {
    long[] lengths = new long[runs.size()];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = runs.get(i).asLong();
    }
    long[] indexes = RlePlus.fromRunLengths(lengths).toArray(10_000);
    int[] signers = new int[indexes.length];
    for (int i = 0; i < signers.length; i++) {
      signers[i] = Math.toIntExact(indexes[i]);
    }
    return signers;
  }

  private static byte[] cid(JsonNode link) throws Exception {
    return Cid.fromString(link.required("/").asText()).toBytes();
  }

  private static byte[] base64(JsonNode text) {
    return Base64.getDecoder().decode(text.asText());
  }
}
