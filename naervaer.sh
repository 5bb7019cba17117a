#!/usr/bin/env bash
# Nærvær: set up and start the program, or run the tests.
#
#   ./naervaer.sh [ARGS...]       set up, then start the program (ARGS go to the program)
#   ./naervaer.sh test [ARGS...]  set up, then run the test suite (ARGS go to pytest;
#                                 one worker per core unless ARGS say -n)
#   ./naervaer.sh install-desktop put Nærvær in the desktop's application menu (Linux)
#   ./naervaer.sh translations    update resources/translations/naervaer_nn.ts from the code
#                                 (pyside6-lupdate) and compile it to naervaer_nn.qm (lrelease)
#
# Setup, every step skipped when already done:
#   1. Debian/Ubuntu: install the system libraries Qt needs that are missing
#      (apt-get as root, else sudo; if neither, print the command to run).
#   2. Create .venv in the repository with python3 (3.11 or newer).
#   3. pip install -e '.[test]' when pyproject.toml changed since the last install.
# With no display (Linux without DISPLAY/WAYLAND_DISPLAY) the program runs offscreen on
# demo data and saves a screenshot instead of opening a window.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENV="$ROOT/.venv"
VPY="$VENV/bin/python"
STAMP="$VENV/.naervaer-installed"       # sha256 of pyproject.toml at the last install
PIPLOG="$VENV/.naervaer-pip.log"
SCREENSHOT="$ROOT/demo-skjermbilde.png"

say() { printf 'naervaer.sh: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

MODE=run
if [[ "${1:-}" == test ]]; then MODE="test"; shift; fi
if [[ "${1:-}" == install-desktop ]]; then MODE="install-desktop"; shift; fi
if [[ "${1:-}" == translations ]]; then MODE="translations"; shift; fi

# A display is needed for a window: on Linux, DISPLAY or WAYLAND_DISPLAY; elsewhere, always.
has_display() {
    [[ "${QT_QPA_PLATFORM:-}" == offscreen ]] && return 1
    [[ "$(uname -s)" != Linux ]] && return 0
    [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]
}

# ---------------------------------------------------------------- 1. system libraries
# package:soname. A package counts as present when dpkg has it installed or the library is
# known to the dynamic linker (covers renamed packages such as Ubuntu's *t64).
OFFSCREEN_LIBS=(
    libegl1:libEGL.so.1 libgl1:libGL.so.1 libfontconfig1:libfontconfig.so.1
    libxkbcommon0:libxkbcommon.so.0 libdbus-1-3:libdbus-1.so.3 libglib2.0-0:libglib-2.0.so.0
)
WINDOW_LIBS=(
    libxcb-cursor0:libxcb-cursor.so.0 libxcb-icccm4:libxcb-icccm.so.4
    libxcb-keysyms1:libxcb-keysyms.so.1 libxcb-image0:libxcb-image.so.0
    libxcb-randr0:libxcb-randr.so.0 libxcb-render-util0:libxcb-render-util.so.0
    libxcb-shape0:libxcb-shape.so.0 libxcb-xfixes0:libxcb-xfixes.so.0
    libxcb-xkb1:libxcb-xkb.so.1 libxcb-shm0:libxcb-shm.so.0 libxcb-sync1:libxcb-sync.so.1
    libxcb-util1:libxcb-util.so.1 libxkbcommon-x11-0:libxkbcommon-x11.so.0
    libx11-xcb1:libX11-xcb.so.1 libfreetype6:libfreetype.so.6
)

LDCACHE=""
load_ldcache() {
    local ldconfig
    ldconfig="$(command -v ldconfig || true)"
    [[ -z "$ldconfig" && -x /sbin/ldconfig ]] && ldconfig=/sbin/ldconfig
    [[ -n "$ldconfig" ]] && LDCACHE="$("$ldconfig" -p 2>/dev/null || true)"$'\n'
    return 0
}

dpkg_installed() {
    command -v dpkg-query >/dev/null 2>&1 || return 1
    [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

lib_present() {  # $1 = package:soname
    local pkg="${1%%:*}" so="${1#*:}"
    dpkg_installed "$pkg" && return 0
    [[ "$LDCACHE" == *"/$so"$'\n'* ]]    # "... => /usr/lib/.../libEGL.so.1"
}

# Python 3.11+ for the venv: python3 if new enough, else a versioned one.
find_python() {
    local p
    for p in python3 python3.13 python3.12 python3.11; do
        if command -v "$p" >/dev/null 2>&1 &&
            "$p" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$p"; return 0
        fi
    done
    return 1
}

venv_ok() { [[ -x "$VPY" ]] && "$VPY" -c 'import sys' >/dev/null 2>&1; }

# Install Debian packages: apt-get as root, sudo otherwise; else print the command and stop.
apt_install() {
    local -a pkgs=("$@") as_root=()
    local log
    if [[ "$(id -u)" -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            as_root=(sudo)
        else
            say "Qt needs system packages that are missing, and there is neither root nor"
            say "sudo to install them. Have an administrator run this, then start again:"
            printf '\n    sudo apt-get install %s\n\n' "${pkgs[*]}" >&2
            exit 1
        fi
    fi
    say "installing system packages: ${pkgs[*]}"
    log="$(mktemp)"
    if ! ${as_root[@]+"${as_root[@]}"} apt-get update -q >"$log" 2>&1; then
        say "warning: apt-get update failed, trying the install anyway"
    fi
    if ! ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${pkgs[@]}" >>"$log" 2>&1; then
        tail -n 25 "$log" >&2
        rm -f "$log"
        say "Could not install the system packages. Install them yourself and start again:"
        printf '\n    sudo apt-get install %s\n\n' "${pkgs[*]}" >&2
        exit 1
    fi
    rm -f "$log"
}

setup_system() {
    local want_window=$1 entry
    local -a missing=()
    [[ "$(uname -s)" == Linux ]] || return 0
    load_ldcache
    local -a libs=("${OFFSCREEN_LIBS[@]}")
    [[ "$want_window" == yes ]] && libs+=("${WINDOW_LIBS[@]}")
    for entry in "${libs[@]}"; do
        lib_present "$entry" || missing+=("${entry%%:*}")
    done
    # Debian's python3 makes venvs only with python3-venv (it holds ensurepip).
    if ! venv_ok; then
        local py
        py="$(find_python)" || die "Python 3.11 or newer is needed (python3 is $(python3 --version 2>&1 || echo missing))."
        "$py" -c 'import ensurepip, venv' >/dev/null 2>&1 || missing+=(python3-venv)
    fi
    [[ ${#missing[@]} -eq 0 ]] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        say "warning: Qt may need these libraries (Debian names), not found here: ${missing[*]}"
        return 0
    fi
    apt_install "${missing[@]}"
}

# ---------------------------------------------------------------- 2+3. venv and packages
setup_python() {
    local py want have
    if ! venv_ok; then
        py="$(find_python)" || die "Python 3.11 or newer is needed (python3 is $(python3 --version 2>&1 || echo missing))."
        say "creating .venv with $py ($("$py" --version 2>&1))"
        rm -rf "$VENV"
        "$py" -m venv "$VENV" || die "could not create $VENV with $py -m venv"
    fi
    want="$("$VPY" -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' "$ROOT/pyproject.toml")"
    have="$(cat "$STAMP" 2>/dev/null || true)"
    [[ "$want" == "$have" ]] && return 0
    say "installing Python packages into .venv (first run or pyproject.toml changed; takes a minute)"
    if ! (cd "$ROOT" && "$VPY" -m pip install --disable-pip-version-check -q -e '.[test]') >"$PIPLOG" 2>&1; then
        tail -n 30 "$PIPLOG" >&2
        die "pip install failed; full log: $PIPLOG"
    fi
    echo "$want" >"$STAMP"
}

# ---------------------------------------------------------------- desktop entry (Linux)
# The application menu entry and icon for this user, pointing at this checkout.
install_desktop() {
    local apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
    local icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
    mkdir -p "$apps" "$icons"
    cp "$ROOT/resources/icons/naervaer.png" "$icons/naervaer.png"
    sed -e "s#@EXEC@#\"$ROOT/naervaer.sh\"#" -e "s#@ICON@#naervaer#" \
        "$ROOT/resources/linux/naervaer.desktop.in" >"$apps/naervaer.desktop"
    chmod 644 "$apps/naervaer.desktop"
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
    say "Nærvær er lagt i programmenyen: $apps/naervaer.desktop"
}

# ---------------------------------------------------------------- translations
# Every text in tr(), _t() or translate("context", …) goes to the nynorsk catalogue: new
# texts arrive unfinished (type="unfinished"), texts gone from the code are dropped. The
# `_t` helpers (a module's own QCoreApplication.translate) are read as tr by lupdate.
update_translations() {
    local ts="$ROOT/resources/translations/naervaer_nn.ts" sources
    cd "$ROOT"
    mapfile -t sources < <(git ls-files -co --exclude-standard 'desktop/*.py' 2>/dev/null ||
                           find desktop -name '*.py')
    "$VENV/bin/pyside6-lupdate" -tr-function-alias tr+=_t -locations none -no-obsolete \
        -target-language nn_NO "${sources[@]}" -ts "$ts"
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
    "$VPY" -m desktop.ui.i18n_check "$ts"
}

# ---------------------------------------------------------------- main
if [[ "$MODE" == translations ]]; then
    setup_python
    update_translations
    exit 0
fi

if [[ "$MODE" == install-desktop ]]; then
    install_desktop
    exit 0
fi

if [[ "$MODE" == test ]]; then
    setup_system no
    setup_python
    cd "$ROOT"
    # One worker per core (pytest-xdist): the suite's pytest-qt journeys are
    # independent; "-n0" (or any -n) given by the caller decides instead.
    parallel=(-n auto)
    for arg in "$@"; do
        [[ "$arg" == -n* || "$arg" == --numprocesses* ]] && parallel=()
    done
    QT_QPA_PLATFORM=offscreen exec "$VPY" -m pytest "${parallel[@]}" "$@"
fi

if has_display; then
    setup_system yes
    setup_python
    exec "$VPY" -m desktop "$@"
fi

setup_system no
setup_python
rc=0
rm -f "$SCREENSHOT"
QT_QPA_PLATFORM=offscreen "$VPY" -m desktop --demo --screenshot "$SCREENSHOT" "$@" || rc=$?
if [[ $rc -ne 0 ]]; then
    say "the program stopped with exit code $rc (offscreen demo run, no display)"
    exit "$rc"
fi
if [[ -f "$SCREENSHOT" ]]; then
    cat <<EOF

Ingen skjerm funnet (verken DISPLAY eller WAYLAND_DISPLAY er satt). Nærvær kjørte derfor
uten vindu, med demodata, og lagret et skjermbilde her:
    $SCREENSHOT
Start ./naervaer.sh fra et skrivebord (eller over ssh -X) for å bruke programmet.

No display found (neither DISPLAY nor WAYLAND_DISPLAY is set). Nærvær therefore ran
without a window, on demo data, and saved a screenshot here:
    $SCREENSHOT
Run ./naervaer.sh from a desktop session (or over ssh -X) to use the program.
EOF
fi
