# Puts the Node.js of .nvmrc first on PATH. Sourced by scripts/start.sh, scripts/test.sh and
# .ci/run; a shell can source it too (`. scripts/use-node.sh`) before running other npm scripts.
#
# A machine whose own Node is already of .nvmrc's major line (24, at or past MINIMUM below) uses
# it. Otherwise the exact version of .nvmrc is brought from the npm registry, which serves the
# official binaries as `node-<os>-<cpu>` packages (the ones the `node` package installs), into
# .tools/ (git-ignored, about 130 MB; delete it to take it back). npm itself stays the machine's.
# Where that cannot work, it stops with what to do instead.

lcm_node_fail() {
  echo "lcm-match needs Node.js $1 (see .nvmrc). $2" >&2
  echo "  Install it yourself, e.g. 'nvm install' or 'fnm use' in this folder (they read .nvmrc)," >&2
  echo "  or the official installer from nodejs.org, then run the command again." >&2
  return 1
}

lcm_use_node() {
  local root wanted major minimum current
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  wanted="$(tr -d ' \nv' <"$root/.nvmrc")"
  major="${wanted%%.*}"
  # The oldest Node 24 every dependency accepts (@nestjs/schematics: ^24.15.0).
  minimum="24.15.0"

  current="$(node --version 2>/dev/null | tr -d v || true)"
  if [ -n "$current" ] && [ "${current%%.*}" = "$major" ] &&
    [ "$(printf '%s\n%s\n' "$minimum" "$current" | sort -V | head -n 1)" = "$minimum" ]; then
    return 0
  fi

  local os cpu
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) lcm_node_fail "$wanted" "This script brings Node only on Linux and macOS ($(uname -s) here)."; return 1 ;;
  esac
  case "$(uname -m)" in
    x86_64 | amd64) cpu=x64 ;;
    aarch64 | arm64) cpu=arm64 ;;
    *) lcm_node_fail "$wanted" "No Node binary package for the $(uname -m) processor."; return 1 ;;
  esac

  local home="$root/.tools/node-v$wanted-$os-$cpu"
  if [ ! -x "$home/bin/node" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      lcm_node_fail "$wanted" "Found ${current:+Node $current and }no npm to fetch it with."
      return 1
    fi
    echo "Node.js ${current:-(none)} found; bringing Node.js $wanted (npm package node-$os-$cpu) into .tools/ …" >&2
    local download
    download="$(mktemp -d)"
    if ! (cd "$download" && npm pack "node-$os-$cpu@$wanted" --silent >/dev/null 2>"$download/error.log"); then
      cat "$download/error.log" >&2
      rm -rf "$download"
      lcm_node_fail "$wanted" "Could not fetch node-$os-$cpu@$wanted from the npm registry."
      return 1
    fi
    rm -rf "$home.partial"
    mkdir -p "$home.partial"
    tar -xzf "$download"/node-*.tgz -C "$home.partial" --strip-components=1
    rm -rf "$download"
    # Renamed only once complete: an interrupted download is never taken for a Node.
    mv "$home.partial" "$home"
  fi
  export PATH="$home/bin:$PATH"
  if [ "$(node --version)" != "v$wanted" ]; then
    lcm_node_fail "$wanted" "$home/bin/node does not run here ($(node --version 2>&1 | head -n 1))."
    return 1
  fi
}

lcm_use_node
