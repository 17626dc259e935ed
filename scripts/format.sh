#!/usr/bin/env bash
# Formats every Swift file in place with the repository's .swift-format configuration.
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files -z '*.swift' | xargs -0 swift format format --in-place --parallel
