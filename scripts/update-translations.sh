#!/usr/bin/env bash
# Refreshes translations/*.ts from the tr() strings in app/, core/ and ui/.
# Extra arguments go to lupdate. Translate with linguist, then commit the .ts files.
set -euo pipefail

cd -P "$(dirname "${BASH_SOURCE[0]}")/.."

lupdate=""
if command -v qtpaths6 >/dev/null 2>&1; then
    host_bins=$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || true)
    [[ -n "$host_bins" && -x "$host_bins/lupdate" ]] && lupdate="$host_bins/lupdate"
fi
if [[ -z "$lupdate" && -x /usr/lib/qt6/bin/lupdate ]]; then
    lupdate=/usr/lib/qt6/bin/lupdate
fi
if [[ -z "$lupdate" ]]; then
    echo "update-translations.sh: Qt 6 lupdate not found (package qt6-l10n-tools; run scripts/deps.sh)." >&2
    exit 1
fi

"$lupdate" -locations none -no-obsolete "$@" app core ui \
    -ts translations/creditdesk_zh_CN.ts translations/creditdesk_en.ts
