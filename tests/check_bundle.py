"""Build the PyInstaller bundle into a temporary folder and try it out.

    .venv/bin/python tests/check_bundle.py [--keep] [--workdir DIR]

Not a pytest test (the name does not start with test_): a build takes a while and needs
PyInstaller (pip install -e '.[build]'). Steps, each reported PASS/FAIL:
  1. pyinstaller build.spec (timed)
  2. the executable with --version
  3. the executable offscreen with --demo --screenshot FILE (a PNG must appear)
  4. the executable in a real window under Xvfb (if installed): --demo --screenshot with
     the xcb platform, so the system's X libraries are the ones used
  5. the bundle's own Python runs tests/bundle_smoke.py (NAERVAER_BUNDLE_CHECK, see
     build.spec): a blank agreement as PDF in bokmål and nynorsk with the DejaVu fonts
     embedded (its text read here with pypdf, when installed), Norwegian sorting, case
     mapping, a time-zone name and converters (ICU, see buildtools/icu_subset.py), and the
     program's PDF save dialog in nynorsk; under Xvfb with xcb when there is one
  6. resources/ and forms/ (the nynorsk .ts and .qm included) are in the bundle where
     desktop.paths expects them
  7. libraries taken from outside the venv: only Python's own runtime is expected
Then prints what became of ICU's data, the bundle size (on disk and as .tar.gz) and its
largest parts.
Exit code 0 only when every step passed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN_TIMEOUT = 120  # seconds for each start of the built program


def human(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def run(cmd: list[str], env: dict | None = None, timeout: int = RUN_TIMEOUT):
    try:
        return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        return subprocess.CompletedProcess(cmd, -1, exc.stdout or "", f"timed out after {timeout}s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the build folder")
    parser.add_argument("--workdir", type=Path, help="build here instead of a new temp folder")
    args = parser.parse_args()

    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is missing: .venv/bin/pip install -e '.[build]'", file=sys.stderr)
        return 2

    work = args.workdir or Path(tempfile.mkdtemp(prefix="naervaer-bundle-"))
    work.mkdir(parents=True, exist_ok=True)
    dist, build = work / "dist", work / "build"
    results: list[tuple[str, bool, str]] = []

    def report(name: str, ok: bool, detail: str = "") -> None:
        results.append((name, ok, detail))
        print(f"{'PASS' if ok else 'FAIL'}  {name}" + (f": {detail}" if detail else ""), flush=True)

    print(f"building into {work}", flush=True)
    started = time.perf_counter()
    proc = run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(build),
                str(ROOT / "build.spec")], timeout=1800)
    build_seconds = time.perf_counter() - started
    report("pyinstaller build.spec", proc.returncode == 0, f"{build_seconds:.1f} s")
    if proc.returncode != 0:
        print(proc.stdout[-3000:], proc.stderr[-5000:], sep="\n", file=sys.stderr)
        return 1

    folder = dist / "naervaer"
    exe = folder / ("naervaer.exe" if os.name == "nt" else "naervaer")
    internal = folder / "_internal"

    # --version
    proc = run([str(exe), "--version"])
    from desktop import __version__
    out = (proc.stdout + proc.stderr).strip()
    report("naervaer --version", proc.returncode == 0 and __version__ in out,
           out.splitlines()[-1] if out else f"exit {proc.returncode}, no output")
    if proc.returncode != 0:
        print(proc.stderr[-3000:], file=sys.stderr)

    # offscreen demo with a screenshot, data and config kept inside the work folder
    shot = work / "demo.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    proc = run([str(exe), "--demo", "--screenshot", str(shot),
                "--data-dir", str(work / "data"), "--config-dir", str(work / "config")], env=env)
    demo_seconds = time.perf_counter() - started
    is_png = shot.is_file() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    report("naervaer --demo --screenshot (offscreen)", proc.returncode == 0 and is_png,
           f"{demo_seconds:.1f} s, {human(shot.stat().st_size)} PNG" if is_png
           else f"exit {proc.returncode}, no PNG")
    if not (proc.returncode == 0 and is_png):
        print(proc.stderr[-3000:], file=sys.stderr)

    # the bundle's own Python: PDFs, ICU, the file dialog (tests/bundle_smoke.py)
    def smoke(env: dict, where: str) -> None:
        out = work / "smoke"
        env = dict(env, NAERVAER_BUNDLE_CHECK=str(ROOT / "tests" / "bundle_smoke.py"))
        proc = run([str(exe), str(out)], env=env)
        result_file = out / "smoke.json"
        if proc.returncode != 0 or not result_file.is_file():
            report(f"bundle_smoke.py ({where})", False, f"exit {proc.returncode}, no results")
            print(proc.stderr[-3000:], file=sys.stderr)
            return
        for name, (ok, detail) in json.loads(result_file.read_text("utf-8")).items():
            report(f"bundle_smoke {name} ({where})", ok, detail[:300])
        pdf_words(out)

    def pdf_words(out: Path) -> None:
        try:
            from pypdf import PdfReader
        except ImportError:
            print("SKIP  the PDFs' text: pypdf not installed (pip install -e '.[test]')")
            return
        words = {"nb": ("Ledelsen ved skolen", "Hva eleven deltar i, støtte og hvor"),
                 # made from resources/translations/naervaer_nn.ts, read at run time
                 "nn": ("Leiinga ved skulen", "Kva eleven deltek i, støtte og kvar",
                        "Unnateke offentlegheit")}
        for language, expected in words.items():
            path = out / f"blank-agreement-{language}.pdf"
            if not path.is_file():
                continue
            reader = PdfReader(path)
            text = " ".join(" ".join((page.extract_text() or "").split())
                            for page in reader.pages)
            fonts = {str(font.get_object()["/BaseFont"]).split("+")[-1]
                     for page in reader.pages
                     for font in page["/Resources"]["/Font"].values()
                     if "/FontFile2" in font.get_object().get("/FontDescriptor", {})}
            missing = [w for w in expected if w not in text]
            report(f"PDF in {language}: its words, DejaVu embedded",
                   not missing and {"DejaVuSans", "DejaVuSans-Bold"} <= fonts,
                   f"{len(reader.pages)} pages, embedded {sorted(fonts)}"
                   + (f", missing {missing}" if missing else ""))

    # a real window under Xvfb: the xcb platform with the system's X libraries
    xvfb = shutil.which("Xvfb")
    if xvfb and sys.platform.startswith("linux"):
        # -displayfd: Xvfb picks a free display and writes its number once it accepts
        # clients, so reading it waits exactly as long as needed (no polling).
        ready_r, ready_w = os.pipe()
        server = subprocess.Popen([xvfb, "-displayfd", str(ready_w), "-screen", "0",
                                   "1366x768x24"], pass_fds=(ready_w,),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(ready_w)
        with os.fdopen(ready_r) as ready:
            display = ":" + ready.readline().strip()
        try:
            shot_x = work / "demo-xvfb.png"
            env_x = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
            env_x.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
            proc = run([str(exe), "--demo", "--screenshot", str(shot_x),
                        "--data-dir", str(work / "data-x"), "--config-dir",
                        str(work / "config-x")], env=env_x)
            ok = proc.returncode == 0 and shot_x.is_file()
            report("naervaer --demo --screenshot under Xvfb (xcb)", ok,
                   f"{human(shot_x.stat().st_size)} PNG" if ok else f"exit {proc.returncode}")
            if not ok:
                print(proc.stderr[-3000:], file=sys.stderr)
            smoke(env_x, "xcb")
        finally:
            server.terminate()
            server.wait(timeout=10)
    else:
        print("SKIP  under Xvfb: Xvfb not installed (apt-get install xvfb)")
        smoke(env, "offscreen")

    # libraries from outside the venv (the spec writes the list; see build.spec)
    listing = build / "build" / "libraries-from-outside-the-venv.txt"
    listing = listing if listing.is_file() else next(build.rglob(
        "libraries-from-outside-the-venv.txt"), None)
    if listing is not None:
        names = [line.split("\t")[0] for line in listing.read_text("utf-8").splitlines()
                 if line.strip()]
        python_runtime = ("libpython", "python3", "libssl", "libcrypto", "libffi",
                          "libsqlite3", "libexpat", "libz.", "libbz2", "liblzma", "libuuid",
                          "libmpdec", "libncurses", "libtinfo", "libreadline", "libgdbm",
                          "libnsl", "libtirpc", "libdb-")
        unexpected = [n for n in names if not n.startswith(python_runtime)]
        report("libraries from outside the venv: Python's runtime only", not unexpected,
               f"{len(names)} from Python's runtime"
               if not unexpected else "unexpected: " + ", ".join(unexpected))

    # data folders where desktop.paths.bundle_root() looks (sys._MEIPASS == _internal)
    expected = [internal / "resources" / "style.qss",
                internal / "resources" / "fonts" / "DejaVuSans.ttf",
                internal / "resources" / "fonts" / "DejaVuSans-Bold.ttf",
                internal / "resources" / "icons" / "naervaer.png"]
    expected += [internal / p.relative_to(ROOT)
                 for p in (ROOT / "resources" / "translations").glob("*.[tq][sm]")]
    expected += [internal / "forms" / p.relative_to(ROOT / "forms")
                 for p in (ROOT / "forms").rglob("*.toml")]
    missing = [str(p.relative_to(folder)) for p in expected if not p.is_file()]
    report("resources/ and forms/ under _internal/", not missing,
           f"{len(expected)} files checked" if not missing else "missing " + ", ".join(missing[:5]))

    # sizes
    size = tree_size(folder)
    tar_path = work / "naervaer-bundle.tar.gz"
    with tarfile.open(tar_path, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname="naervaer")
    du = shutil.which("du")
    du_text = run([du, "-sh", str(folder)]).stdout.split()[0] if du else "?"
    icu_note = next(build.rglob("icu-data.txt"), None)
    print("\nICU data        "
          + (icu_note.read_text("utf-8").strip() if icu_note else "not touched"))
    print(f"build time      {build_seconds:.1f} s")
    print(f"bundle          {folder}")
    print(f"size on disk    {human(size)} (du -sh: {du_text})")
    print(f"as .tar.gz      {human(tar_path.stat().st_size)}")
    parts = sorted(((tree_size(p) if p.is_dir() else p.stat().st_size, p.name)
                    for p in internal.iterdir()), reverse=True)[:8]
    print("largest parts   " + ", ".join(f"{name} {human(n)}" for n, name in parts))

    if args.keep or args.workdir:
        print(f"kept {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    failed = [name for name, ok, _ in results if not ok]
    print("\nall checks passed" if not failed else f"\nfailed: {', '.join(failed)}")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
