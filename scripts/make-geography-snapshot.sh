#!/usr/bin/env bash
# Downloads @etalab/decoupage-administratif from the npm registry and rebuilds the snapshot
# under src/main/resources/geography. Usage: scripts/make-geography-snapshot.sh [version]
set -euo pipefail
version="${1:-6.0.0}"
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@etalab/decoupage-administratif@${version}" >/dev/null && tar xzf ./*.tgz)
node "$here/scripts/make-geography-snapshot.mjs" "$work/package" "$here/src/main/resources/geography"
