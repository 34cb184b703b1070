#!/usr/bin/env bash
# `npm test`: lint and format check, type check, unused code, then every vitest project. Arguments go to vitest
# (`npm test -- --project content-types`).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "▸ biome (lint + format)"
npx biome check --error-on-warnings .
echo "▸ tsc -b (packages, CMS tools, scripts, tests), the CMS and the site"
npx tsc -b
npx tsc -p cms --noEmit
npm run typecheck -w site --silent
echo "▸ knip (unused files, exports and dependencies: knip.jsonc)"
npx knip
echo "▸ vitest"
npx vitest run "$@"
