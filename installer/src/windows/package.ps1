# Builds F3 Console's Windows installer (.msi); run by `mvnw.cmd -B -Ppackage package` through
# package.cmd, with the same arguments as package.sh:
#   --jdk DIR --version X.Y.Z[-SNAPSHOT] --libs DIR --out DIR [--type default|app-image]
# The same steps as on Linux: a jlink runtime (JavaFX and BouncyCastle linked in, JavaFX's DLLs
# beside the JVM's), a jpackage app-image, an ahead-of-time cache trained on real commands
# (JDK 25 and later), then the .msi from that app-image. jpackage needs the WiX Toolset on the
# PATH for an .msi (WiX 3.x for JDK 17 to 23, WiX 3 or 4/5 from JDK 24).
# Written for and reviewed against the Linux script; it can only run on Windows.
$ErrorActionPreference = 'Stop'
$jdk = $env:F3CONSOLE_PACKAGE_JDK; $version = ''; $libs = ''; $out = ''; $type = 'default'
for ($i = 0; $i -lt $args.Count; $i += 2) {
  switch ($args[$i]) {
    '--jdk' { if (-not $jdk) { $jdk = $args[$i + 1] } }
    '--version' { $version = $args[$i + 1] }
    '--libs' { $libs = $args[$i + 1] }
    '--out' { $out = $args[$i + 1] }
    '--type' { $type = $args[$i + 1] }
    default { throw "package.ps1: unknown argument $($args[$i])" }
  }
}
function Say($text) { [Console]::Error.WriteLine("package: $text") }
function Run($exe, [string[]] $arguments) {
  & $exe @arguments
  if ($LASTEXITCODE -ne 0) { throw "$exe exited $LASTEXITCODE" }
}
if (-not (Test-Path "$jdk\bin\jpackage.exe")) { throw "no jpackage in $jdk\bin" }
$feature = [int]((& "$jdk\bin\java.exe" -XshowSettings:properties -version 2>&1 |
  Select-String 'java.specification.version = (\d+)').Matches[0].Groups[1].Value)
Say "packaging F3 Console $version with the JDK $feature at $jdk"

# 1. The jars: JavaFX (win) and BouncyCastle become runtime modules, the rest the class path.
Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$out\modules", "$out\input\native" | Out-Null
$appJar = ''
foreach ($jar in Get-ChildItem "$libs\*.jar") {
  switch -Wildcard ($jar.Name) {
    'javafx-*-win.jar' { Copy-Item $jar.FullName "$out\modules\" }
    'bcprov-*.jar' { Copy-Item $jar.FullName "$out\modules\" }
    'javafx-*' { }
    'f3console-app-*.jar' { $appJar = $jar.Name; Copy-Item $jar.FullName "$out\input\" }
    default { Copy-Item $jar.FullName "$out\input\" }
  }
}
if (-not $appJar) { throw "no f3console-app jar in $libs" }
Add-Type -AssemblyName System.IO.Compression.FileSystem
function Unpack($jarPath, $pattern, $dest) {
  $zip = [IO.Compression.ZipFile]::OpenRead($jarPath)
  try {
    foreach ($entry in $zip.Entries) {
      if ($entry.FullName -like $pattern) {
        [IO.Compression.ZipFileExtensions]::ExtractToFile($entry, (Join-Path $dest $entry.Name), $true)
      }
    }
  } finally { $zip.Dispose() }
}
$sqliteJar = (Get-ChildItem "$out\input\sqlite-jdbc-*.jar")[0].FullName
Unpack $sqliteJar 'org/sqlite/native/Windows/x86_64/sqlitejdbc.dll' "$out\input\native"

# 2. The runtime.
$jdkModules = (& "$jdk\bin\jdeps.exe" --multi-release 17 --print-module-deps --ignore-missing-deps `
  --module-path "$out\modules" --class-path "$out\input\*" (Get-ChildItem "$out\input\*.jar").FullName |
  Select-Object -Last 1)
$modules = (("$jdkModules,jdk.crypto.ec,javafx.controls,javafx.fxml,org.bouncycastle.provider" -split ',') |
  Sort-Object -Unique) -join ','
Run "$jdk\bin\jlink.exe" @('--module-path', "$out\modules", '--add-modules', $modules,
  '--ignore-signing-information', '--strip-debug', '--no-header-files', '--no-man-pages',
  '--generate-cds-archive', '--output', "$out\runtime")
foreach ($jar in Get-ChildItem "$out\modules\javafx-*.jar") { Unpack $jar.FullName '*.dll' "$out\runtime\bin" }

# 3. The app-image.
$javaOptions = @(
  '--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED',
  '--add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED',
  '--add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED',
  '--add-exports=javafx.controls/com.sun.javafx.scene.control.inputmap=ALL-UNNAMED',
  '--add-exports=javafx.graphics/com.sun.javafx.scene=ALL-UNNAMED',
  '--add-exports=javafx.graphics/com.sun.javafx.scene.traversal=ALL-UNNAMED',
  '--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED',
  '-Dorg.sqlite.lib.path=$APPDIR\native', '-Dorg.sqlite.lib.name=sqlitejdbc.dll')
$picocliJar = (Get-ChildItem "$out\input\picocli-*.jar")[0].Name
$javaOptions += "-Xbootclasspath/a:`$APPDIR\$picocliJar"
if ($feature -ge 22) { $javaOptions += '--enable-native-access=javafx.graphics,ALL-UNNAMED' }
if ($feature -ge 24) { $javaOptions += '--sun-misc-unsafe-memory-access=allow' }
$jpackageOptions = @()
foreach ($option in $javaOptions) { $jpackageOptions += @('--java-options', $option) }
# Windows wants an .ico: made from the PNGs by installer\README.md's recipe when missing.
$icon = Join-Path $PSScriptRoot 'f3console.ico'
$iconOption = @(); if (Test-Path $icon) { $iconOption = @('--icon', $icon) }
$numeric = ($version -split '-')[0]
Run "$jdk\bin\jpackage.exe" (@('--type', 'app-image', '--dest', "$out\image", '--name', 'f3console',
  '--app-version', $numeric, '--vendor', 'F3 Console', '--input', "$out\input",
  '--main-jar', $appJar, '--main-class', 'io.f3console.app.Launcher', '--runtime-image',
  "$out\runtime", '--win-console') + $iconOption + $jpackageOptions)
$image = "$out\image\f3console"

# 4. The start-up cache (JDK 25 and later; older ones do not move with the install folder).
if ($feature -ge 25) {
  $work = "$out\training"; New-Item -ItemType Directory -Force $work | Out-Null
  $env:F3CONSOLE_DB = "$work\history.db"
  Run "$image\f3console.exe" @('simulate', '--out', "$work\sim", '--participants', '200',
    '--instances', '20', '--no-history')
  $sim = "$work\sim"
  $env:JAVA_TOOL_OPTIONS = "-Df3console.training=true -XX:AOTCacheOutput=$image\app\f3console.aot -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining"
  Run "$image\f3console.exe" @('--version', '--then', 'powertable', 'cid', "$sim\initial_power_table.json",
    '--then', 'powertable', 'check', "$sim\initial_power_table.json", '--network', 'f3console-demo',
    '--then', 'certs', 'validate', '--network', 'f3console-demo', '--power-table',
    "$sim\initial_power_table.json", "$sim\certificates.json", '--then', 'console')
  Remove-Item Env:JAVA_TOOL_OPTIONS
  Add-Content "$image\app\f3console.cfg" 'java-options=-XX:AOTCache=$APPDIR\f3console.aot'
} else {
  Say "no start-up cache: JDK $feature cannot make one that still loads once installed"
}

# 5. The .msi: a Start-menu entry and a desktop shortcut, installed per user. The launcher is a
# console program (--win-console) so that the commands print where they are typed; jpackage does
# not touch the PATH, so the README says to add the install folder to it.
if ($type -ne 'app-image') {
  Run "$jdk\bin\jpackage.exe" (@('--type', 'msi', '--dest', $out, '--app-image', $image,
    '--name', 'f3console', '--app-version', $numeric, '--vendor', 'F3 Console',
    '--win-menu', '--win-menu-group', 'F3 Console', '--win-shortcut', '--win-dir-chooser',
    '--win-per-user-install', '--win-upgrade-uuid', '6f0b3c2e-6a4e-4d52-9a57-2f3c0e5d1f30') + $iconOption)
}
Get-ChildItem $out -Filter *.msi | ForEach-Object { Say "made $($_.Name), $([math]::Round($_.Length / 1MB, 1)) MB" }
