#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver for the acceptance tests (profile `acceptance`).
# Idempotent: does nothing when both are present. The test tool never downloads a browser itself.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# Another apt/dpkg run (unattended upgrades, a parallel job) may hold the lock: wait for it.
wait_for_dpkg() {
  command -v fuser >/dev/null 2>&1 || return 0   # apt-get waits on the lock itself (DPkg::Lock::Timeout)
  for _ in $(seq 1 120); do
    if ! fuser /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock >/dev/null 2>&1; then
      return 0
    fi
    echo "install-browser: dpkg is busy, waiting..." >&2
    sleep 5
  done
  echo "install-browser: dpkg still busy after 10 minutes" >&2
  return 1
}

export DEBIAN_FRONTEND=noninteractive
wait_for_dpkg
$SUDO apt-get -o DPkg::Lock::Timeout=600 update
wait_for_dpkg
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends chromium chromium-driver fonts-dejavu-core

/usr/bin/chromium --version
/usr/bin/chromedriver --version
