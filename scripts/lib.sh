# Shared by the scripts in this folder; sourced, not run.
RECOUPE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export RECOUPE_ROOT
export RECOUPE_CACHE="${RECOUPE_CACHE:-$HOME/.cache/recoupe}"
# Debian's emcc needs its JavaScript dependencies from Debian's node modules.
export NODE_PATH="${NODE_PATH:+$NODE_PATH:}/usr/share/nodejs"

log() { printf '\033[1m[recoupe]\033[0m %s\n' "$*" >&2; }
die() { printf '[recoupe] error: %s\n' "$*" >&2; exit 1; }

# The number of parallel jobs for builds: every core, at least one.
jobs() { nproc 2>/dev/null || echo 1; }
