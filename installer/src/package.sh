#!/usr/bin/env bash
# Builds F3 Console's packages on Linux and macOS; run by `./mvnw -B -Ppackage package` (see
# installer/README.md), which first gathers the app's jars into LIBS.
#   package.sh --jdk DIR --version X.Y.Z --libs DIR --out DIR [--type default|app-image|deb|dmg]
#              [--stamp TIME]   (every file's modification time, as the start-up cache records it)
# Steps: a runtime trimmed by jlink (the JDK modules the jars use, JavaFX and BouncyCastle), the
# app-image by jpackage, a start-up cache trained on real commands (an AOT cache on JDK 25 and
# later, a CDS archive before), then the package made from that app-image.
set -euo pipefail

jdk="${F3CONSOLE_PACKAGE_JDK:-}" version="" libs="" out="" type=default stamp="2026-01-01T00:00:00Z"
while [ $# -gt 0 ]; do
  case "$1" in
    --jdk) [ -n "$jdk" ] || jdk="$2"; shift 2 ;;   # F3CONSOLE_PACKAGE_JDK wins
    --version) version="$2"; shift 2 ;;
    --libs) libs="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --type) type="$2"; shift 2 ;;
    --stamp) stamp="$2"; shift 2 ;;
    *) echo "package.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
say() { echo "package: $*" >&2; }
fail() { echo "package: $*" >&2; exit 1; }
[ -x "$jdk/bin/jpackage" ] || fail "no jpackage in $jdk/bin (set f3console.packageJdk to a JDK 17 or newer)"
[ -d "$libs" ] || fail "no jars in $libs"

case "$(uname -s)" in
  Linux) fx_platform=linux; native_glob='*.so'; [ "$type" != default ] || type=deb
    [ "$(uname -m)" = "aarch64" ] && fx_platform=linux-aarch64 ;;
  Darwin) fx_platform=mac; native_glob='*.dylib'; [ "$type" != default ] || type=dmg
    [ "$(uname -m)" = "arm64" ] && fx_platform=mac-aarch64 ;;
  *) fail "this script builds on Linux and macOS; on Windows run installer/src/windows/package.ps1" ;;
esac
feature_of() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}
jdk_feature="$(feature_of "$jdk")"
# The runtime is best made from JDK 25 or later, whose start-up cache moves with the package
# (ADR 0010). When the JDK given is older and none was named, take the newest one installed.
if [ "$jdk_feature" -lt 25 ] && [ -z "${F3CONSOLE_PACKAGE_JDK:-}" ]; then
  for candidate in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$candidate/bin/jpackage" ] || continue
    feature="$(feature_of "$candidate")"
    if [ -n "$feature" ] && [ "$feature" -ge 25 ] && [ "$feature" -gt "$jdk_feature" ]; then
      jdk="$candidate" jdk_feature="$feature"
    fi
  done
fi
say "packaging F3 Console $version with the JDK $jdk_feature at $jdk (${type})"

# 1. The jars: JavaFX (this platform's jars) and BouncyCastle go into the runtime as modules;
# the rest stay on the class path. BouncyCastle's jar is signed, and a signed jar on the class
# path costs about half a second of verification at every start; linked into the runtime it is
# not verified again (its signature is the provider's, which only matters to a JCE provider,
# and F3 Console calls its digests directly).
rm -rf "$out" && mkdir -p "$out/modules" "$out/input"
app_jar=""
for jar in "$libs"/*.jar; do
  name="$(basename "$jar")"
  case "$name" in
    javafx-*-"$fx_platform".jar|bcprov-*.jar) cp "$jar" "$out/modules/" ;;
    javafx-*) ;;   # the empty placeholder jars and other platforms' JavaFX
    f3console-app-*.jar) app_jar="$name"; cp "$jar" "$out/input/" ;;
    *) cp "$jar" "$out/input/" ;;
  esac
done
[ -n "$app_jar" ] || fail "no f3console-app jar in $libs"
# SQLite's native library, unpacked once here: sqlite-jdbc would otherwise copy it into the
# temporary folder at every start (the launcher points it here, see java_options).
case "$fx_platform" in
  linux) sqlite_native=Linux/x86_64/libsqlitejdbc.so ;;
  linux-aarch64) sqlite_native=Linux/aarch64/libsqlitejdbc.so ;;
  mac) sqlite_native=Mac/x86_64/libsqlitejdbc.dylib ;;
  mac-aarch64) sqlite_native=Mac/aarch64/libsqlitejdbc.dylib ;;
esac
mkdir -p "$out/input/native"
unzip -q -j -o "$out/input"/sqlite-jdbc-*.jar "org/sqlite/native/$sqlite_native" -d "$out/input/native"
ls "$out/modules"/javafx-graphics-*.jar >/dev/null 2>&1 || fail "no JavaFX jars for $fx_platform in $libs"

# 2. The runtime: the JDK modules the jars use (as jdeps finds them), the ones loaded as
# services that jdeps cannot see (EC for TLS to https nodes), JavaFX and BouncyCastle.
jdk_modules="$("$jdk/bin/jdeps" --multi-release 17 --print-module-deps --ignore-missing-deps \
  --module-path "$out/modules" --class-path "$out/input/*" "$out/input"/*.jar | tail -n 1)"
modules="$(echo "$jdk_modules,jdk.crypto.ec,javafx.controls,javafx.fxml,org.bouncycastle.provider" \
  | tr ',' '\n' | sort -u | paste -sd, -)"
say "runtime modules: $modules"
"$jdk/bin/jlink" --module-path "$out/modules" --add-modules "$modules" \
  --ignore-signing-information --strip-debug --no-header-files --no-man-pages \
  --generate-cds-archive --output "$out/runtime" 2>&1 | grep -v "signed modular JAR" >&2 || true
[ -x "$out/runtime/bin/java" ] || fail "jlink made no runtime"
# JavaFX's native libraries sit at the root of its platform jars; in the runtime's library
# folder they load directly, without being unpacked into the user's home at every first start.
for jar in "$out/modules"/javafx-*.jar; do
  (cd "$out/runtime/lib" && unzip -q -o "$jar" "$native_glob" 2>/dev/null || true)
done

# 3. The app-image.
java_options=(
  # ControlsFX, on the class path, reaches into a few JavaFX internals.
  --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED
  --add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED
  --add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED
  --add-exports=javafx.controls/com.sun.javafx.scene.control.inputmap=ALL-UNNAMED
  --add-exports=javafx.graphics/com.sun.javafx.scene=ALL-UNNAMED
  --add-exports=javafx.graphics/com.sun.javafx.scene.traversal=ALL-UNNAMED
  --add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED
  -Dprism.order=es2,sw
  -Dorg.sqlite.lib.path=\$APPDIR/native
  -Dorg.sqlite.lib.name="$(basename "$sqlite_native")"
)
# picocli's classes are compiled for Java 5: no start-up cache can keep them, and the JVM checks
# such classes with its old, slow verifier at every start. From the boot class path (where the
# JDK's own classes come from) they are not checked again, which saves about 40 ms of each
# command's start. They are the same bytes as in the jar Maven resolved.
picocli_jar="$(cd "$out/input" && ls picocli-*.jar)"
java_options+=("-Xbootclasspath/a:\$APPDIR/$picocli_jar")
if [ "$jdk_feature" -ge 22 ]; then
  # SQLite, zstd, blst and JNA load native code; say so rather than warn at every start.
  java_options+=(--enable-native-access=javafx.graphics,ALL-UNNAMED)
fi
if [ "$jdk_feature" -ge 24 ]; then
  # JavaFX 21 allocates off-heap memory through sun.misc.Unsafe, which JDK 24 warns about.
  java_options+=(--sun-misc-unsafe-memory-access=allow)
fi
jpackage_options=()
for option in "${java_options[@]}"; do jpackage_options+=(--java-options "$option"); done
icons="$out/icons"
mkdir -p "$icons" && (cd "$icons" && unzip -q -j -o "$out/input/$app_jar" 'io/f3console/app/icons/*')
case "$type" in
  dmg) app_icon=() ;;   # jpackage wants an .icns there; see installer/README.md
  *) app_icon=(--icon "$icons/f3console-256.png") ;;
esac
"$jdk/bin/jpackage" --type app-image --dest "$out/image" --name f3console \
  --app-version "${version%%-*}" --vendor "F3 Console" \
  --description "Operator console and headless tools for Filecoin F3 bootstrap" \
  --input "$out/input" --main-jar "$app_jar" --main-class io.f3console.app.Launcher \
  --runtime-image "$out/runtime" "${app_icon[@]}" "${jpackage_options[@]}"
case "$type" in
  dmg) image="$out/image/f3console.app"; launcher=Contents/MacOS/f3console; app_dir=Contents/app ;;
  *) image="$out/image/f3console"; launcher=bin/f3console; app_dir=lib/app ;;
esac
[ -x "$image/$launcher" ] || fail "jpackage made no launcher at $image/$launcher"
if [ "$fx_platform" = linux ] || [ "$fx_platform" = linux-aarch64 ]; then
  # jpackage's Linux launcher asks rpm and dpkg who owns it at every start; the command is a
  # script that starts the same runtime from the same configuration instead (see that file).
  install -m 755 "$here/linux/f3console" "$image/$launcher"
fi
# The start-up cache records the size and modification time of each jar and refuses to load
# when one differs, so every file gets one fixed time, here and again in the package tree.
find "$image" -exec touch -h -d "$stamp" {} +
"$here/train.sh" --image "$image" --launcher "$launcher" --app-dir "$app_dir" \
  --jdk-feature "$jdk_feature" --work "$out/training"

# 4. The package, from the app-image.
case "$type" in
  app-image) ;;
  deb) "$here/linux/deb.sh" --jdk "$jdk" --image "$image" --icons "$icons" --version "$version" \
    --stamp "$stamp" --out "$out" ;;
  dmg) "$jdk/bin/jpackage" --type dmg --dest "$out" --app-image "$image" --name f3console \
    --app-version "$version" ;;
  *) fail "unknown package type $type (app-image, deb or dmg)" ;;
esac
(cd "$out/image" && tar -czf "../f3console-$version-$fx_platform.tar.gz" "$(basename "$image")")
say "made:"
ls -l "$out"/*.deb "$out"/*.dmg "$out"/*.tar.gz 2>/dev/null | sed 's/^/package:   /' >&2 || true
