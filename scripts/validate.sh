#!/usr/bin/env bash
# Checks formatting: lints every Swift file strictly, then formats and fails if anything changed.
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files -z '*.swift' | xargs -0 swift format lint --strict --parallel
scripts/format.sh
git diff --exit-code -- '*.swift'
