#!/usr/bin/env bash
# Fuzzes Corpus.Syntax and the whole generator with AFL++ through SharpFuzz.
#
#   fuzz/run.sh [syntax|generator|all|selftest] [SECONDS]     (default: all, 600 s per target)
#
# selftest fuzzes the syntax target plus a crash on two file separators in a row: it must
# report crashes within a minute, which shows that crashes of the real targets would be seen.
#
# Installs what it needs when missing (Debian's afl++ package, the SharpFuzz.CommandLine
# dotnet tool), publishes fuzz/Corpus.Fuzz, instruments Corpus.Syntax.dll and
# Corpus.Generator.dll, builds the seed corpus from corpus/ and the test fixtures, runs
# afl-fuzz for SECONDS per target, then replays every crash and hang uninstrumented and
# prints the figures. Everything is written under artifacts/fuzz/ (git-ignored).
# A crash found is kept as a regression: copy it to fuzz/regressions/<target>/ (the test
# suite replays that folder), fix the bug, and note it in docs/reliability.md.
set -euo pipefail

target="${1:-all}"
seconds="${2:-600}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/artifacts/fuzz"
tools="$work/tools"
bin="$work/bin"

if ! command -v afl-fuzz > /dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++
fi
if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools"
fi

# Instrumented code writes to AFL's shared memory and crashes without it: seeds and replays
# use a plain copy of the same build.
plain="$work/plain"
rm -rf "$bin" "$plain"
dotnet publish "$root/fuzz/Corpus.Fuzz/Corpus.Fuzz.csproj" -c Release -o "$plain" -nologo -v quiet
cp -r "$plain" "$bin"
for dll in Corpus.Syntax.dll Corpus.Generator.dll; do
  "$tools/sharpfuzz" "$bin/$dll"
done

rm -rf "$work/seeds"
dotnet "$plain/Corpus.Fuzz.dll" seeds "$root" "$work/seeds"

# dotnet itself is not instrumented (the instrumented assemblies are): skip AFL++'s binary
# check. Crashes are .NET exceptions reported through the fork server, not core dumps.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1

run() {
  local name="$1"
  local out="$work/findings/$name"
  rm -rf "$out"
  mkdir -p "$work/findings"
  # -t: a generous 10 s per input (the JIT warms up on the first); a hang past it is kept in hangs/.
  afl-fuzz -i "$work/seeds" -o "$out" -x "$root/fuzz/corpus.dict" -t 10000 -m none -V "$seconds" \
    -- "$(command -v dotnet)" "$bin/Corpus.Fuzz.dll" "$name" > "$work/afl-$name.log" 2>&1 || true
  local stats="$out/default/fuzzer_stats"
  echo "== $name"
  grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg|stability)' "$stats" || tail -20 "$work/afl-$name.log"
  # Replays uninstrumented: a crash that does not reproduce here is reported too.
  shopt -s nullglob
  local found=("$out"/default/crashes/id:* "$out"/default/hangs/id:*)
  shopt -u nullglob
  if [ "${#found[@]}" -gt 0 ]; then
    dotnet "$plain/Corpus.Fuzz.dll" replay "$name" "${found[@]}" || true
  fi
}

case "$target" in
  syntax|generator|selftest) run "$target" ;;
  all) run syntax; run generator ;;
  *) echo "usage: fuzz/run.sh [syntax|generator|all|selftest] [SECONDS]" >&2; exit 2 ;;
esac
