#!/usr/bin/env bash
# Regenerates the committed report exports into DIR (default: this directory):
# May 2023 (the reference release) and the latest month in the data, zh and en.
# Usage: Notebooks-export/generate.sh [DIR]   (run from anywhere; builds cnfin if needed)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="${1:-$root/Notebooks-export}"
cd "$root"
# The exports show the bundled data only, never a user data directory (CNFIN_DATA / ~/.local/share/cnfin).
export CNFIN_DATA=/nonexistent/cnfin-user-data
swift build --product cnfin >/dev/null
cnfin="$(swift build --show-bin-path)/cnfin"
mkdir -p "$dest"
# Run inside DEST with a relative --out: the reports print the exact command that made them, and a
# relative directory keeps machine paths out of the committed exports.
cd "$dest"
for lang in zh en; do
  "$cnfin" report --month 2023-05 --lang "$lang" --out "2023-05-$lang" --force >/dev/null
  "$cnfin" report --lang "$lang" --out "latest-$lang" --force >/dev/null
done
