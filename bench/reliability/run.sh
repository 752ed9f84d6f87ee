#!/bin/sh
# Memory against input size (see bench/README.md, "Reliability: memory").
#   bench/reliability/run.sh [BUILD_DIR] [WORK_DIR]
# Builds actorgraph and bench/extract's generate_archive in BUILD_DIR
# (default: build, Release) and writes 2,300 generated weekly digests (22-25
# KB each, all different). For about 1, 10 and 50 MB of them (the first
# weeks; SIZES="1 10 50" in MB to change) it prints the peak RSS (GNU time's
# %M) and times of
#   actorgraph extract WEEK... -o EVENTS.json      (the weeks as files)
#   actorgraph extract ONE.txt -o ONE.json         (the same weeks as one
#                                                   digest: END lines dropped)
#   actorgraph build EVENTS.json -o SITE --no-diagrams -j 1
# and checks that a file over the 64 MiB limit is refused (exit 6) without
# being read.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build}
work=${2:-${TMPDIR:-/tmp}/actorgraph-bench-reliability}
sizes=${SIZES:-1 10 50}
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target actorgraph generate_archive -j 2 >/dev/null
bin="$build/cli/actorgraph"
rm -rf "$work"
mkdir -p "$work"

"$build/bench/extract/generate_archive" "$work/archive" --weeks 2300 >/dev/null

# The first weeks that make at least N MB, one path a line, in $work/weeks-N.
pick_weeks() {
  want=$(($1 * 1000 * 1000)) total=0
  for week in "$work"/archive/digest-*.txt; do
    [ "$total" -ge "$want" ] && break
    echo "$week"
    total=$((total + $(wc -c <"$week")))
  done >"$work/weeks-$1"
}

measure() {  # LABEL COMMAND...: "LABEL  peak RSS  user  system  wall  exit"
  label=$1; shift
  rc=0
  /usr/bin/time -f '%M %U %S %e' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || rc=$?
  set -- $(tail -1 "$work/time")
  printf '%-28s %8.1f MB %7s s user %6s s sys %7s s wall  exit %s\n' \
    "$label" "$(echo "$1" | awk '{print $1 / 1024}')" "$2" "$3" "$4" "$rc"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for mb in $sizes; do
  pick_weeks "$mb"
  one="$work/one-${mb}mb.txt"
  xargs cat <"$work/weeks-$mb" | grep -v '^END$' >"$one"
  echo "== ${mb} MB: $(wc -l <"$work/weeks-$mb") weeks, $(wc -c <"$one") bytes"
  # shellcheck disable=SC2046  # one argument a week (paths have no spaces)
  measure "extract, one file a week" "$bin" extract $(cat "$work/weeks-$mb") \
    -o "$work/events-${mb}mb.json"
  echo "   events JSON: $(wc -c <"$work/events-${mb}mb.json") bytes"
  measure "extract, one digest" "$bin" extract "$one" -o "$work/one-${mb}mb.json"
  echo "   events JSON: $(wc -c <"$work/one-${mb}mb.json") bytes"
  measure "build --no-diagrams" "$bin" build "$work/events-${mb}mb.json" -o "$work/site-${mb}mb" \
    --no-diagrams -j 1 -q
  rm -rf "$work/site-${mb}mb"
done
# Over the limit: refused from the file size, before any reading.
head -c $((64 * 1024 * 1024 + 1)) /dev/zero | tr '\0' 'a' >"$work/over-limit.txt"
measure "extract, 64 MiB + 1 byte" "$bin" extract "$work/over-limit.txt" -o "$work/none.json"
cat "$work/stderr"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
