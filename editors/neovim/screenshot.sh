#!/usr/bin/env bash
# Makes docs/editor-screenshot.png: Neovim in an xterm on a virtual X display (Xvfb), editing a
# copy of the seed corpus with one mistyped id, with the server's diagnostic shown and a hover
# open. Needs Debian's neovim, xterm, xvfb and imagemagick, and a built corpus tool:
#   dotnet build src/Corpus.Cli && editors/neovim/screenshot.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'kill "${xvfb_pid:-}" "${xterm_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

cp -r "$repo/corpus" "$work/corpus"
article="$work/corpus/articles/china-may-chafe.txt"
# The mistake to show: a misspelled id in the first body paragraph.
sed -i '8s/{@north-korea}/{@north-koreaa}/' "$article"

export CORPUS_EDITORS="$repo/editors"
export CORPUS_LSP_COMMAND="[\"dotnet\", \"$repo/src/Corpus.Cli/bin/Debug/net10.0/corpus.dll\", \"lsp\"]"
export HOVER_LINE=10 HOVER_COLUMN=84   # on the [Russia]{@russia} mention of line 10

Xvfb :57 -screen 0 1356x804x24 >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1
DISPLAY=:57 xterm -geometry 150x42+0+0 -fa 'DejaVu Sans Mono' -fs 11 -bg '#1e1e1e' -fg '#d4d4d4' \
  -e nvim -u "$repo/editors/neovim/screenshot-init.lua" -i NONE -n "$article" &
xterm_pid=$!
sleep "${SCREENSHOT_DELAY:-25}"
DISPLAY=:57 import -window root "$repo/docs/editor-screenshot.png"
echo "wrote docs/editor-screenshot.png"
