#!/usr/bin/env bash
# The layers of core, as DESIGN and the README draw them, checked on every test run: a lower part never
# includes a higher one, and core never includes the widgets. Prints one line per rule and the closing
# "N passed, N failed" line; exits 1 when a rule is broken.
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
passed=0
failed=0
rule() { # NAME PATTERN FOLDER...
    local name=$1 pattern=$2
    shift 2
    local hits
    hits=$(grep -rnE "$pattern" "$@" --include='*.h' --include='*.cpp' 2>/dev/null)
    if [ -z "$hits" ]; then
        echo "PASS: $name"
        passed=$((passed + 1))
    else
        echo "FAIL: $name"
        echo "$hits" | sed 's/^/    /'
        failed=$((failed + 1))
    fi
}
lower=(core/domain core/calendar core/rules core/storage core/security core/io core/documents core/query
       core/reference core/registry core/stats)
rule "the lower parts of core do not include the cases" '#include "cases/' "${lower[@]}"
rule "only the top of core includes set-up and backups" '#include "(setup|backup)/' "${lower[@]}" core/cases
rule "the case types are not known to the generic engine's headers" '#include "(cases/)?listing/' core/cases/*.h
rule "storage includes only storage" '#include "(domain|calendar|rules|security|io|documents|query|reference|registry|stats|cases|setup|backup)/' core/storage
rule "core never includes the widgets" '#include <(QtWidgets/)?Q(Widget|Dialog|MainWindow|PushButton|Label|Application)>' core
# A case type is a slice: the generic engine, stores and deadlines name no type's own things. The
# registry (CaseModules.cpp) is the one file that lists the types, one line each.
generic=$(find core/cases -maxdepth 1 \( -name '*.h' -o -name '*.cpp' \) ! -name CaseModules.cpp)
# shellcheck disable=SC2086
rule "core/cases outside the types' folders names no listing, domain or measure" '[Ll]isting|[Dd]omain|[Mm]easure' $generic

# ui/ by feature: a feature's screens include their own folder, ui/widgets and the shell's shared headers
# (Session, Page, Navigator), never another feature's; a case type's folder (cases/listing) may include the
# generic case screens, and only the registry of case screens (CaseScreenModules.cpp) names the types. Another feature's screen is reached through the Navigator the shell implements.
crossing=""
for dir in ui/cases ui/cases/listing ui/registry ui/reference ui/documents ui/admin ui/widgets; do
    own=${dir#ui/}
    for file in "$dir"/*.h "$dir"/*.cpp; do
        [ -e "$file" ] || continue
        while IFS= read -r included; do
            [ -f "ui/$included" ] || continue # a core header of the same folder name
            folder=$(dirname "$included")
            case "$own:$folder" in
            "$folder:$folder" | *:widgets | cases/*:cases) ;;
            cases:cases/*) [ "$(basename "$file")" = CaseScreenModules.cpp ] || crossing+="$file includes ui/$included"$'\n' ;;
            *) crossing+="$file includes ui/$included"$'\n' ;;
            esac
        done < <(grep -oP '#include "\K[^"]+/[^"/]+\.h(?=")' "$file")
        if [ "$own" = widgets ] && grep -qE '#include "(MainWindow|HomePage|Startup|ShellNavigator)\.h"' "$file"; then
            crossing+="$file includes the shell"$'\n'
        fi
    done
done
if [ -z "$crossing" ]; then
    echo "PASS: no ui feature includes another feature's screens"
    passed=$((passed + 1))
else
    echo "FAIL: no ui feature includes another feature's screens"
    printf '%s' "$crossing" | sed 's/^/    /'
    failed=$((failed + 1))
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
