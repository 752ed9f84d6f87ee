#!/usr/bin/env bash
# Installs the Debian packages actorgraph needs when they are missing.
# Sourced by examples/run.sh and tests/run.sh; usable alone:
#   scripts/deps.sh [--tests] [--fuzz]
# As root it runs apt-get; otherwise it prints the exact command and fails.
set -euo pipefail

actorgraph_packages() {
  # Build and run.
  echo cmake make g++ pkg-config \
    libboost-graph-dev libboost-test-dev rapidjson-dev libcli11-dev \
    libgraphviz-dev graphviz libfontconfig-dev libutf8proc-dev libpoppler-cpp-dev libpng-dev fonts-noto-cjk
  for want in "$@"; do
    case "$want" in
      # Tests: schema validation, networkx/igraph cross-checks, PDF fixtures.
      --tests) echo libxml2-utils python3 python3-networkx python3-igraph poppler-utils ;;
      # libFuzzer and the sanitizers' runtime for clang; libxml2 lets the
      # fuzz targets check that GraphML and GEXF are well-formed.
      --fuzz) echo clang libclang-rt-14-dev libxml2-dev ;;
    esac
  done
}

actorgraph_install_deps() {
  local missing=()
  for pkg in $(actorgraph_packages "$@"); do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "actorgraph: installing missing Debian packages: ${missing[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then
    echo "actorgraph: not root; run: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    return 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  actorgraph_install_deps "$@"
fi
