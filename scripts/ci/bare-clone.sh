#!/usr/bin/env bash
# Proves that a fresh clone runs with nothing beside it: clones the committed HEAD into a temporary folder with
# no ../shared next to it, then runs README's commands there (npm ci, npm test: generate, build, all tests,
# including the browser test that opens Thanh Hóa and counts its 27 districts). The checks that read the plan
# documents must say they were skipped. Run by .ci/run after the full suite; `npm run test:bare-clone` by hand.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/ntm-bare-clone-XXXXXX)
trap 'rm -rf "$work"' EXIT
git clone -q "$repo" "$work/ntm-map"
cd "$work/ntm-map"
if [ -e ../shared ]; then echo "bare clone: $work/shared exists, the check would not be bare" >&2; exit 1; fi
unset NTM_SEEDS_DIR NTM_BOUNDARIES_DIR NTM_COMMUNES_2025 NTM_GENERATED_DIR
echo "bare clone: $(git rev-parse --short HEAD) in $work/ntm-map, nothing beside it"
npm ci --no-audit --no-fund --loglevel=error
npm test 2>&1 | tee "$work/test.log"
if ! grep -q "Skipping the checks that read the plan documents" "$work/test.log"; then
  echo "bare clone: the tests did not report the plan-document checks as skipped" >&2
  exit 1
fi
echo "bare clone: npm ci and npm test pass with nothing beside the repository (plan-document checks skipped, as reported above)"
