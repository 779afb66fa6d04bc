#!/usr/bin/env bash
# Copies the guide's screenshots (guide-*.png) taken by the last acceptance run
# (./mvnw verify -Pacceptance, into target/acceptance-screenshots) to docs/guide/images/, so the
# guides show the forms as they are. Run it after changing a form, then commit the images.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
images=(target/acceptance-screenshots/guide-*.png)
if [ ${#images[@]} -eq 0 ]; then
  echo "No screenshot in target/acceptance-screenshots: run scripts/install-browser.sh && ./mvnw verify -Pacceptance first." >&2
  exit 1
fi
mkdir -p docs/guide/images
for image in "${images[@]}"; do
  name=$(basename "$image")
  cp "$image" "docs/guide/images/${name#guide-}"
  chmod 644 "docs/guide/images/${name#guide-}"
done
echo "${#images[@]} images copied to docs/guide/images/"
