#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite, PostgreSQL tests included (they start their
# own throwaway server through a CTest fixture). Extra arguments go to ctest (e.g. -R Storage).
set -euo pipefail

cd -P "$(dirname "${BASH_SOURCE[0]}")/.."

# CTest's cleanup fixture stops the test server; this covers a ctest that was killed.
trap 'tests/pgserver.sh stop build/pgserver >/dev/null 2>&1 || true' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

duration() {
    printf '%dm%02ds' $(($1 / 60)) $(($1 % 60))
}

started=$SECONDS
scripts/build.sh
built=$SECONDS

status=0
ctest --test-dir build --output-on-failure -j2 "$@" || status=$?
finished=$SECONDS

echo "test.sh: build $(duration $((built - started))), tests $(duration $((finished - built))), total $(duration $((finished - started))); ctest exit status $status"
exit "$status"
