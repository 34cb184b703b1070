#!/usr/bin/env bash
# `npm test`: lint and format check, type check, then every vitest project. Arguments go to vitest
# (`npm test -- --project content-types`).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "▸ biome (lint + format)"
npx biome check .
echo "▸ tsc -b"
npx tsc -b
echo "▸ vitest"
npx vitest run "$@"
