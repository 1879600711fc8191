#!/usr/bin/env bash
# FuYuan Desk .dmg on macOS (JDK 17+). Not run on Linux CI: see installer/README.md.
# Output: target/installer/fuyuan-desk-<version>.dmg (unsigned; sign and notarise for distribution).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -Ppackage verify
jpackage --type dmg --dest target/installer --app-image target/installer/fuyuan-desk.app \
  --name fuyuan-desk --app-version 0.1.0 --vendor FuYuan --license-file LICENSE \
  --resource-dir installer/macos --mac-package-identifier cn.fuyuan.desk --mac-package-name "FuYuan Desk"
