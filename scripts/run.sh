#!/usr/bin/env bash
# Sets up, builds and starts the CreditDesk GUI; arguments go to creditdesk (e.g. --db URL).
set -euo pipefail

root=$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# The caller's current directory is kept, so relative paths in the arguments mean what they say.
"$root/scripts/build.sh"
exec "$root/build/bin/creditdesk" "$@"
