#!/usr/bin/env bash
# Lints every BPMN model of processes/ with bpmnlint (bpmnlint:recommended + Camunda Platform 7.24
# compatibility, .bpmnlintrc) and the diagram checks of scripts/lint-models.cjs, and every DMN table
# of processes/ with dmnlint (.dmnlintrc) and the checks of scripts/lint-dmn.cjs; prints one line per
# finding (file: element id: rule: message) and fails on any finding, whatever its category.
# The linters are the versions pinned in package-lock.json, installed with `npm ci` from the npm
# registry (or npm's offline cache) into node_modules/ when the lock file changed; needs the
# machine's Node.js 20+ and npm, never downloads Node. Run by `./mvnw verify` (exec-maven-plugin,
# skip with -Dmodels.lint.skip) and by hand: scripts/lint-models.sh [--pending=a.bpmn,…] [files…]
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "lint-models: Node.js 20+ and npm are needed (Debian: apt-get install nodejs npm)" >&2
  exit 2
fi
if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
  echo "lint-models: Node.js 20+ is needed, this is $(node --version)" >&2
  exit 2
fi
stamp=node_modules/.lint-models-lock
if ! cmp -s package-lock.json "$stamp" 2>/dev/null; then
  npm ci --prefer-offline --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
exec node scripts/lint-models.cjs "$@"
