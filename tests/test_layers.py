"""The shape of the code (README, "Layout"): arrows point one way. No Qt here:
each module is read with `ast`, never imported, so a broken rule is reported as
file:line instead of as a side effect of importing it.

- Nothing below `ui` imports Qt or the UI: domain, casefile, forms, export and
  services stay testable without a window.
- The domain imports no other layer; the storage, forms and export layers do
  not reach up into the services.
- A section (`desktop/ui/sections/<feature>/`) never imports another section;
  what two sections share lives in `desktop/ui/widgets/`, which imports no
  section.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

DESKTOP = Path(__file__).resolve().parents[1] / "desktop"
SECTIONS = DESKTOP / "ui" / "sections"
QT_FREE = ("domain", "casefile", "forms", "export", "services")


def module_name(path: Path) -> str:
    parts = path.relative_to(DESKTOP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path, package: str | None = None) -> list[tuple[str, int]]:
    """Every module the file imports (at top level or inside a function), and
    every "desktop.…" module named in a string (importlib, the registry), with
    its line number. Relative imports are resolved against the file's package."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    if package is None:
        own = module_name(path)
        package = own if path.name == "__init__.py" else own.rpartition(".")[0]
    found: list[tuple[str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.append((base, node.lineno))
            # `from desktop.ui import sections` imports a module too
            found += [(f"{base}.{alias.name}", node.lineno) for alias in node.names]
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and node.value.startswith("desktop.")):
            found.append((node.value.split(":")[0], node.lineno))
    return found


def modules_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def starts(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def violations(folders: list[Path], forbidden) -> list[str]:
    out = []
    for folder in folders:
        for path in modules_under(folder):
            for name, line in imported(path):
                if forbidden(path, name):
                    out.append(f"{path.relative_to(DESKTOP.parent)}:{line} imports {name}")
    return out


def test_the_core_layers_import_neither_qt_nor_the_ui():
    found = violations(
        [DESKTOP / layer for layer in QT_FREE],
        lambda _path, name: any(starts(name, bad) for bad in ("PySide6", "shiboken6", "desktop.ui")))
    assert found == [], "Qt or the UI imported below desktop/ui:\n" + "\n".join(found)


@pytest.mark.parametrize("layer, allowed", [
    ("domain", ("desktop.domain",)),
    ("casefile", ("desktop.domain", "desktop.casefile")),
    ("forms", ("desktop.domain", "desktop.forms", "desktop.paths")),
    ("export", ("desktop.domain", "desktop.export", "desktop.forms", "desktop.paths")),
])
def test_arrows_point_down(layer, allowed):
    found = violations(
        [DESKTOP / layer],
        lambda _path, name: starts(name, "desktop") and name != "desktop"
        and not any(starts(name, ok) for ok in allowed))
    assert found == [], f"desktop/{layer} reaches up or sideways:\n" + "\n".join(found)


def section_of(path: Path) -> str | None:
    """The feature folder a module under desktop/ui/sections/ belongs to."""
    rel = path.relative_to(SECTIONS).parts
    return rel[0] if len(rel) > 1 else None


def test_sections_do_not_import_each_other():
    def forbidden(path: Path, name: str) -> bool:
        if not starts(name, "desktop.ui.sections"):
            return False
        parts = name.split(".")
        target = parts[3] if len(parts) > 3 else None
        return target not in (None, section_of(path), "registry")

    found = violations([p for p in SECTIONS.iterdir() if p.is_dir() and p.name != "__pycache__"],
                       forbidden)
    assert found == [], ("A section imports another section (move what they share to "
                         "desktop/ui/widgets/):\n" + "\n".join(found))


def test_shared_widgets_and_the_shell_do_not_import_a_section():
    shell = [p for p in (DESKTOP / "ui").iterdir() if p.is_dir() and p.name not in
             ("sections", "__pycache__")]
    found = violations(shell, lambda _path, name: starts(name, "desktop.ui.sections"))
    assert found == [], "Shared code imports a section:\n" + "\n".join(found)


def test_every_section_is_a_package_that_says_what_it_is():
    features = sorted(p.name for p in SECTIONS.iterdir() if p.is_dir() and p.name != "__pycache__")
    assert features == ["absence", "agreements", "circle", "consent", "log", "mapping",
                        "meetings", "overview", "plan"]
    for feature in features:
        doc = ast.get_docstring(ast.parse((SECTIONS / feature / "__init__.py").read_text("utf-8")))
        assert doc and "Service" in doc and "seed" in doc, feature
    loose = sorted(p.name for p in SECTIONS.glob("*.py"))
    assert loose == ["__init__.py", "registry.py"]


def test_the_checker_sees_every_kind_of_import(tmp_path):
    fake = tmp_path / "x.py"
    fake.write_text("import PySide6\n"
                    "def f():\n    from PySide6.QtCore import QObject\n"
                    "from ..ui import common\n"
                    "X = 'desktop.ui.sections.plan.section:PlanSection'\n", encoding="utf-8")
    names = {name for name, _ in imported(fake, package="desktop.services")}
    assert {"PySide6", "PySide6.QtCore", "desktop.ui.common",
            "desktop.ui.sections.plan.section"} <= names


def test_the_readme_layout_names_every_folder_and_module():
    """README's layout block lists what `ls desktop desktop/ui desktop/ui/sections` shows."""
    readme = (DESKTOP.parent / "README.md").read_text(encoding="utf-8")
    start = readme.index("The shape of the code.")
    block = readme[readme.index("```", start):readme.index("```", readme.index("```", start) + 3)]
    missing = []
    for folder in (DESKTOP, DESKTOP / "ui", SECTIONS):
        for entry in sorted(folder.iterdir()):
            if entry.name in ("__init__.py", "__pycache__"):
                continue
            shown = entry.name + "/" if entry.is_dir() else entry.name
            if shown not in block:
                missing.append(str(entry.relative_to(DESKTOP.parent)))
    assert missing == [], "README's layout does not show: " + ", ".join(missing)
