#!/usr/bin/env bash
# `npm test`: lint and format check, type check, unused code, then every vitest project, the unit
# projects with coverage. With arguments, only vitest runs, with them (`npm test -- --project
# content-types`, `npm test -- --project cms -t "rate limit"`): the checks are the whole tree's gate.
# package.json runs it through scripts/with-node22 and scripts/ensure-deps (Node 22, dependencies).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$#" -gt 0 ]; then
  # Files of the real services' projects run side by side on a machine with more cores (Vitest's
  # default): cms/dist is made current first, as below.
  case " $* " in
    *integration* | *e2e* | *tests/*) node tests/support/prepare.ts ;;
  esac
  echo "▸ vitest $*"
  exec npx vitest run "$@"
fi
echo "▸ biome (lint + format)"
npx biome check --error-on-warnings .
echo "▸ tsc -b (packages, CMS tools, scripts, tests), the CMS and the site"
npx tsc -b
npx tsc -p cms --noEmit
npm run typecheck -w site --silent
echo "▸ knip (unused files, exports and dependencies: knip.jsonc)"
npx knip
echo "▸ vitest"
# The fast unit projects with their coverage thresholds (vitest.config.ts; about half a minute more),
# then the projects that run the real services, without coverage.
npx vitest run --coverage --project content-types --project cms --project cms-seed --project search-indexer \
  --project site --project scripts
# The real services' tests, two files at a time: each mostly waits on a CMS, a build or a browser,
# so the two cores are both busy. cms/dist is compiled and the admin panel built first, once
# (tests/support/prepare.ts): no two files build into it side by side. `npm start`'s test runs
# last and alone: it holds the stack to its promise that a publish is findable within a second,
# which a second file's CMS, site build and browser on the same two cores made it miss.
node tests/support/prepare.ts
npx vitest run --project integration --project e2e --maxWorkers=2 --exclude '**/e2e/stack.test.ts'
npx vitest run --project e2e tests/e2e/stack.test.ts
