#!/usr/bin/env bash
# `npm test`: lint and format check, type check, unused code, then every vitest project, the unit
# projects with coverage. Arguments go to vitest instead (`npm test -- --project content-types`).
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
if [ "$#" -gt 0 ]; then
  npx vitest run "$@"
else
  # The fast unit projects with their coverage thresholds (vitest.config.ts; about half a minute more),
  # then the projects that run the real services, without coverage.
  npx vitest run --coverage --project content-types --project cms --project cms-seed --project search-indexer \
    --project site --project scripts
  npx vitest run --project integration --project e2e
fi
