package io.f3console.core.fuzz;

import io.f3console.core.bitfield.Bitfield;
import io.f3console.core.bitfield.RlePlus;
import io.f3console.core.blocks.CarBlockSource;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.certs.CertificateFiles;
import io.f3console.core.certs.CertificateJson;
import io.f3console.core.certs.CertificateReader;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.FinalityCertificateCbor;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.Multicodec;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerEntriesCbor;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.inspect.DataFile;
import io.f3console.core.logs.LogClassifier;
import io.f3console.core.logs.LogDictionary;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.rpc.ApiInfo;
import io.f3console.core.rpc.ParticipationTicket;
import io.f3console.core.rpc.PeerId;
import io.f3console.core.snapshot.CarReader;
import io.f3console.core.snapshot.CarWriter;
import io.f3console.core.snapshot.F3SnapshotHeader;
import io.f3console.core.snapshot.F3SnapshotReader;
import io.f3console.core.snapshot.F3SnapshotWriter;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.testing.PeerIds;
import io.f3console.core.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every file and string parser of core as a fuzzing target, seeded with the real files of the
 * shared data folder and small inputs written here. Each target reads its input to the end, as the
 * commands do.
 */
final class FuzzTargets {
  private static final String[] CAR_FILES = {
    "car/gocar_badheaderlength.car",
    "car/gocar_badsectionlength.car",
    "car/gocar_sample-corrupt-pragma.car",
    "car/gocar_sample-rootless-v42.car",
    "car/gocar_sample-v1-tailing-corrupt-section.car",
    "car/gocar_sample-v1-with-zero-len-section.car",
    "car/gocar_sample-v1.car",
    "car/gocar_sample-v2-corrupt-data-and-index.car",
    "car/gocar_sample-v2-indexless.car",
    "car/gocar_sample-wrapped-v2.car",
    "state/interopnet_actorsv7_genesis_powertable_subset.car",
    "state/butterflynet_2026-05_actorsv17_genesis_powertable_subset.car"
  };

  private final Path scratch;

  /** {@code scratch} is a folder for the temporary files some targets need. */
  FuzzTargets(Path scratch) {
    this.scratch = scratch;
  }

  List<FuzzTarget> all() throws Exception {
    List<FinalityCertificate> certificates = new ArrayList<>();
    certificates.addAll(certificates("mainnet_certs_0_9.json"));
    certificates.addAll(certificates("calibnet_old_cert_instance_6204.json"));
    List<byte[]> certificateCbor = new ArrayList<>();
    for (FinalityCertificate certificate : certificates) {
      certificateCbor.add(FinalityCertificateCbor.encode(certificate));
    }
    byte[] tableCbor = SharedData.bytes("calibnet_old_initial_power_table.cbor");
    byte[] snapshotHeader = SharedData.bytes("calibnet_old_f3_snapshot_header.cbor");
    List<byte[]> tableJson =
        List.of(
            SharedData.bytes("mainnet_initial_power_table.json"),
            SharedData.bytes("calibnet_old_initial_power_table.json"),
            SharedData.bytes("calibnet_old_initial_power_table_rustf3.json"));
    List<byte[]> certificateJson =
        List.of(
            SharedData.bytes("mainnet_certs_0_9.json"),
            SharedData.bytes("calibnet_old_cert_instance_6204.json"),
            CertificateJson.toJson(certificates.get(3)).getBytes(StandardCharsets.UTF_8));
    List<byte[]> cars = new ArrayList<>();
    for (String name : CAR_FILES) {
      cars.add(SharedData.bytes(name));
    }
    cars.addAll(smallCars());

    List<byte[]> cborSeeds = new ArrayList<>(certificateCbor);
    cborSeeds.add(tableCbor);
    cborSeeds.add(snapshotHeader);
    List<byte[]> tableSeeds = new ArrayList<>(tableJson);
    tableSeeds.add(tableCbor);
    List<byte[]> certificateSeeds = new ArrayList<>(certificateJson);
    certificateSeeds.addAll(certificateCbor.subList(0, 3));

    List<FuzzTarget> targets = new ArrayList<>();
    targets.add(new FuzzTarget("cbor.CborReader", cborSeeds, FuzzTargets::readCbor));
    targets.add(
        new FuzzTarget("powertable.PowerTableFiles", tableSeeds, FuzzTargets::readPowerTable));
    targets.add(
        new FuzzTarget(
            "gpbft.PowerEntriesCbor", List.of(tableCbor), input -> PowerEntriesCbor.decode(input)));
    targets.add(
        new FuzzTarget(
            "certs.CertificateJson",
            certificateJson,
            input -> CertificateJson.readAll(new ByteArrayInputStream(input), "fuzzed.json")));
    targets.add(
        new FuzzTarget(
            "certs.FinalityCertificateCbor",
            certificateCbor,
            input -> FinalityCertificateCbor.decode(input)));
    targets.add(
        new FuzzTarget(
            "certs.CertificateFiles", certificateSeeds, FuzzTargets::readCertificateFile));
    byte[] ticket =
        new ParticipationTicket(
                "calibrationnet2", new PeerId(PeerIds.ed25519(1)), ActorId.of(1000), 4322, 5)
            .encode();
    targets.add(
        new FuzzTarget(
            "rpc.ParticipationTicket",
            List.of(ticket),
            input -> ParticipationTicket.decode(input)));
    LogClassifier logs = new LogClassifier(LogDictionary.builtIn());
    targets.add(
        new FuzzTarget(
            "logs.LogClassifier", logSeeds(), input -> logs.read(new ByteArrayInputStream(input))));
    targets.add(new FuzzTarget("bitfield.RlePlus", rlePlusSeeds(certificates), RlePlus::decode));
    targets.add(
        new FuzzTarget(
            "cid.Cid (text)",
            cidSeeds(certificates, true),
            input -> Cid.fromString(new String(input, StandardCharsets.UTF_8))));
    targets.add(new FuzzTarget("cid.Cid (bytes)", cidSeeds(certificates, false), Cid::fromBytes));
    targets.add(
        new FuzzTarget(
            "snapshot.F3SnapshotReader",
            List.of(snapshot(tableCbor, certificates), snapshotHeader),
            FuzzTargets::readSnapshot));
    targets.add(
        new FuzzTarget(
            "snapshot.F3SnapshotReader (file)",
            List.of(snapshot(tableCbor, certificates), snapshotHeader),
            this::readSnapshotFile));
    List<byte[]> dataFiles = new ArrayList<>(tableSeeds);
    dataFiles.addAll(certificateSeeds);
    targets.add(new FuzzTarget("inspect.DataFile (file)", dataFiles, this::readDataFile));
    targets.add(new FuzzTarget("snapshot.CarReader", cars, FuzzTargets::readCar));
    targets.add(new FuzzTarget("blocks.CarBlockSource", cars, this::readCarFile));
    targets.add(
        new FuzzTarget(
            "rpc.ApiInfo",
            strings(
                "eyJhbGciOiJIUzI1NiJ9.eyJBbGxvdyI6WyJyZWFkIl19.c2ln:/ip4/127.0.0.1/tcp/1234/http",
                "/ip4/10.0.0.1/tcp/1234/http",
                "/ip6/::1/tcp/1234/http",
                "tok:/dns/node.example/tcp/443/https",
                "tok:/dns4/node.example/tcp/1234/ws",
                "/dns6/node.example/tcp/80/wss",
                "http://127.0.0.1:1234/rpc/v1",
                "tok:https://user@node.example:8443/rpc/v1?x=1"),
            input ->
                ApiInfo.parse(new String(input, StandardCharsets.UTF_8), "FULLNODE_API_INFO")));
    targets.add(
        new FuzzTarget(
            "source.SourceSpec",
            strings(
                "rpc:http://127.0.0.1:1234/rpc/v1",
                "https://node.example/rpc/v1",
                "car:snapshot.car",
                "f3snap:snapshots/calibnet.f3snap",
                "file:certs.json",
                "demo:calibnet",
                "state:car:genesis.car@bootstrap",
                "state:rpc:http://127.0.0.1:1234/rpc/v1@4000",
                "certs.json"),
            input -> SourceSpec.parse(new String(input, StandardCharsets.UTF_8))));
    return targets;
  }

  private static List<FinalityCertificate> certificates(String name) throws Exception {
    return CertificateJson.readAll(new ByteArrayInputStream(SharedData.bytes(name)), name);
  }

  private static void readCbor(byte[] input) throws Exception {
    CborReader reader = new CborReader(input);
    while (!reader.atEnd()) {
      reader.readValue();
    }
  }

  private static void readPowerTable(byte[] input) throws Exception {
    PowerTableFiles.read(new ByteArrayInputStream(input), "fuzzed table").toTable();
  }

  private static void readCertificateFile(byte[] input) throws Exception {
    try (CertificateReader reader =
        CertificateFiles.open(new ByteArrayInputStream(input), "fuzzed certificates")) {
      while (reader.next().isPresent()) {
        // every certificate is decoded
      }
    }
  }

  private static void readSnapshot(byte[] input) throws Exception {
    try (F3SnapshotReader reader =
        F3SnapshotReader.open(new ByteArrayInputStream(input), "fuzzed.f3snap", Optional.empty())) {
      while (reader.next().isPresent()) {
        // every certificate is decoded
      }
    }
  }

  /** The snapshot read from a file, as the commands read one (positioned reads, not a stream). */
  private void readSnapshotFile(byte[] input) throws Exception {
    Path file = scratch.resolve("fuzzed.f3snap");
    Files.write(file, input);
    try (F3SnapshotReader reader = F3SnapshotReader.open(file)) {
      while (reader.next().isPresent()) {
        // every certificate is decoded
      }
    }
  }

  /** A data file whose kind (power table or certificates, JSON or CBOR) is recognised. */
  private void readDataFile(byte[] input) throws Exception {
    Path file = scratch.resolve("fuzzed-data");
    Files.write(file, input);
    DataFile.read(file);
  }

  private static void readCar(byte[] input) throws Exception {
    try (CarReader reader = CarReader.open(new ByteArrayInputStream(input), "fuzzed.car")) {
      while (reader.next().isPresent()) {
        // every block is read and checked against its CID
      }
    }
  }

  /** Opens the input as a CAR file (indexing every block) and asks for its roots. */
  private void readCarFile(byte[] input) throws Exception {
    Path file = scratch.resolve("fuzzed.car");
    Files.write(file, input);
    try (CarBlockSource source = CarBlockSource.open(file)) {
      for (Cid root : source.roots()) {
        try {
          source.block(root);
        } catch (io.f3console.core.blocks.BlockException e) {
          // a missing or wrong root is a normal answer; the next ones are still asked for
        }
      }
    }
  }

  private static List<byte[]> rlePlusSeeds(List<FinalityCertificate> certificates) {
    List<byte[]> seeds = new ArrayList<>();
    for (FinalityCertificate certificate : certificates) {
      seeds.add(certificate.signersBytes());
    }
    seeds.add(RlePlus.encode(Bitfield.empty()));
    seeds.add(RlePlus.encode(Bitfield.of(0)));
    seeds.add(RlePlus.encode(Bitfield.of(1, 2, 3, 70, 71, 1000, 1 << 20)));
    seeds.add(RlePlus.encode(Bitfield.of(Long.MAX_VALUE - 1)));
    return seeds;
  }

  private static List<byte[]> cidSeeds(List<FinalityCertificate> certificates, boolean text) {
    List<Cid> cids = new ArrayList<>();
    for (FinalityCertificate certificate : certificates.subList(0, 3)) {
      certificate.supplementalData().powerTable().ifPresent(cids::add);
      certificate.chain().tipSets().forEach(tipSet -> cids.add(tipSet.powerTable()));
    }
    cids.add(Cid.raw(new byte[] {1, 2, 3}));
    cids.add(Cid.v1(Multicodec.DAG_CBOR, io.f3console.core.cid.Multihash.blake2b256(new byte[0])));
    List<byte[]> seeds = new ArrayList<>();
    for (Cid cid : cids) {
      seeds.add(text ? cid.toString().getBytes(StandardCharsets.UTF_8) : cid.toBytes());
    }
    if (text) {
      seeds.add(strings("QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG").get(0));
      seeds.add(strings("zb2rhe5P4gXftAwvA4eXQ5HJwsER2owDyS9sKaQRRVQPn93bA").get(0));
      seeds.add(strings("mAXESIOnSMI1qP2jBsNJZHjvCdBphfMXd3e/gl9RgA7Y7mgzh").get(0));
    }
    return seeds;
  }

  /** A snapshot of the calibnet table and a few certificates (the CIDs need not agree). */
  private static byte[] snapshot(byte[] tableCbor, List<FinalityCertificate> certificates)
      throws Exception {
    PowerTable table = PowerTable.of(PowerEntriesCbor.decode(tableCbor));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (F3SnapshotWriter writer = F3SnapshotWriter.create(out, F3SnapshotHeader.of(0, 3, table))) {
      for (FinalityCertificate certificate : certificates.subList(0, 4)) {
        writer.write(certificate);
      }
      writer.finish();
    }
    return out.toByteArray();
  }

  /** Two small CARs written here, one v1 and one v2, and the v1 compressed with zstd. */
  private List<byte[]> smallCars() throws Exception {
    List<byte[]> cars = new ArrayList<>();
    for (CarWriter.Format format : CarWriter.Format.values()) {
      Path file = scratch.resolve("seed-" + format + ".car");
      byte[] first = {(byte) 0x82, 0x01, 0x02};
      Cid root = Cid.makeCid(first);
      try (CarWriter writer = CarWriter.create(file, format, List.of(root))) {
        writer.writeBlock(root, first);
        writer.writeBlock(Multicodec.RAW, "a raw block".getBytes(StandardCharsets.UTF_8));
        writer.writeBlock(Multicodec.DAG_CBOR, new byte[] {(byte) 0xa0});
      }
      cars.add(Files.readAllBytes(file));
    }
    cars.add(com.github.luben.zstd.Zstd.compress(cars.get(0)));
    return cars;
  }

  private static List<byte[]> strings(String... values) {
    List<byte[]> out = new ArrayList<>();
    for (String value : values) {
      out.add(value.getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  /** The log fixtures, real lines quoted in issues and the documentation among them. */
  private static List<byte[]> logSeeds() throws IOException {
    List<byte[]> seeds = new ArrayList<>();
    for (String name :
        List.of("mixed.log", "forest-5042.log", "lotus-12785-lease-loop.log", "doc-quoted.log")) {
      try (InputStream in = FuzzTargets.class.getResourceAsStream("/logs/" + name)) {
        if (in == null) {
          throw new IllegalStateException("missing log fixture " + name);
        }
        seeds.add(in.readAllBytes());
      }
    }
    return seeds;
  }
}
