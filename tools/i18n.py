"""Translation catalogue tools: extract strings, update ``.ts`` files, compile ``.qm``.

``python -m tools.i18n update`` scans the code for ``tr("ctx", "text")``
and ``N_("ctx", "text")`` calls (and config field titles and descriptions)
and merges them into ``ui/translations/{ko,zh,vi}.ts``, keeping existing
translations; ``import FILE.json`` fills translations from a JSON file
``{"context": {"source": {"ko": "...", "zh": "..."}}}``; ``compile`` runs
``pyside6-lrelease`` (done by ``make run`` / ``make test``); ``check``
lists messages without a finished translation.
"""

from __future__ import annotations

import ast
import itertools
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "ui" / "translations"
TS_LANGUAGES = {"ko": "ko_KR", "zh": "zh_CN", "vi": "vi_VN"}
SCANNED = ("kiosk", "drivers", "ui", "web")
#: Field titles and descriptions are translatable here (technician mode shows them).
SCHEMA_DIR = ROOT / "kiosk" / "config"

Message = tuple[str, str]  # (context, source)


def _const_str(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def extract(paths: Iterable[Path] | None = None) -> list[Message]:
    """Every translatable message in the code, in first-seen order."""
    found: dict[Message, None] = {}
    files = (
        list(paths)
        if paths is not None
        else sorted(p for pkg in SCANNED for p in (ROOT / pkg).rglob("*.py"))
    )
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        in_schema = path.resolve().is_relative_to(SCHEMA_DIR)
        docstrings = _field_docstrings(tree) if in_schema else {}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name in ("tr", "N_", "translate", "tr_n") and len(node.args) >= 2:
                ctx = _const_str(node.args[0])
                # tr_n(context, singular, plural, count): both forms are messages.
                sources = node.args[1:3] if name == "tr_n" else node.args[1:2]
                for src in map(_const_str, sources):
                    if ctx is not None and src is not None:
                        found[(ctx, src)] = None
            elif name == "Field" and in_schema:
                for kw in node.keywords:
                    if kw.arg in ("title", "description"):
                        value = _const_str(kw.value)
                        if value:
                            found[("config", value)] = None
                # A description given as the docstring under the field.
                if node in docstrings:
                    found[("config", docstrings[node])] = None
    return list(found)


def field_docstrings(cls: ast.ClassDef) -> Iterator[tuple[ast.AnnAssign, str]]:
    """The fields of a class statement that have a docstring under them, with its text.

    The text is the message technician mode translates: ``kiosk.config.edit``
    folds a description's line breaks, which only wrap the source, into spaces.
    """
    for field, after in itertools.pairwise(cls.body):
        if (
            isinstance(field, ast.AnnAssign)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            yield field, " ".join(after.value.value.split())


def _field_docstrings(tree: ast.AST) -> dict[ast.AST, str]:
    """Each field's ``Field(...)`` call -> the description written as the docstring under it."""
    return {
        field.value: text
        for cls in ast.walk(tree)
        if isinstance(cls, ast.ClassDef)
        for field, text in field_docstrings(cls)
        if field.value is not None
    }


def read_ts(path: Path) -> dict[Message, tuple[str, bool]]:
    """(context, source) -> (translation, finished)."""
    if not path.exists():
        return {}
    out: dict[Message, tuple[str, bool]] = {}
    root = ET.parse(path).getroot()
    for ctx in root.findall("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            source = msg.findtext("source") or ""
            tnode = msg.find("translation")
            text = (tnode.text or "") if tnode is not None else ""
            finished = tnode is not None and tnode.get("type") not in ("unfinished", "obsolete")
            out[(name, source)] = (text, finished and bool(text))
    return out


def write_ts(
    path: Path, language: str, messages: list[Message], known: dict[Message, tuple[str, bool]]
) -> None:
    root = ET.Element("TS", version="2.1", language=TS_LANGUAGES[language], sourcelanguage="en")
    by_ctx: dict[str, list[str]] = {}
    for ctx, src in messages:
        by_ctx.setdefault(ctx, []).append(src)
    for ctx in sorted(by_ctx):
        cnode = ET.SubElement(root, "context")
        ET.SubElement(cnode, "name").text = ctx
        for src in by_ctx[ctx]:
            mnode = ET.SubElement(cnode, "message")
            ET.SubElement(mnode, "source").text = src
            text, finished = known.get((ctx, src), ("", False))
            tnode = ET.SubElement(mnode, "translation")
            tnode.text = text
            if not finished:
                tnode.set("type", "unfinished")
    ET.indent(root)
    data = b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(
        root, encoding="utf-8"
    )
    path.write_bytes(data + b"\n")


def update() -> None:
    messages = extract()
    TS_DIR.mkdir(exist_ok=True)
    for language in TS_LANGUAGES:
        path = TS_DIR / f"{language}.ts"
        write_ts(path, language, messages, read_ts(path))
    print(f"{len(messages)} messages in {', '.join(TS_LANGUAGES)}")


def import_json(file: Path) -> None:
    data: dict[str, dict[str, dict[str, str]]] = json.loads(file.read_text(encoding="utf-8"))
    messages = extract()
    for language in TS_LANGUAGES:
        path = TS_DIR / f"{language}.ts"
        known = read_ts(path)
        for ctx, entries in data.items():
            for src, per_lang in entries.items():
                if per_lang.get(language):
                    known[(ctx, src)] = (per_lang[language], True)
        write_ts(path, language, messages, known)


def missing(language: str) -> list[Message]:
    known = read_ts(TS_DIR / f"{language}.ts")
    return [m for m in extract() if not known.get(m, ("", False))[1]]


def compile_all() -> int:
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        result = subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            print(f"{ts}: lrelease failed: {result.stderr.strip()}", file=sys.stderr)
            return 1
    return 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "compile"
    if command == "update":
        update()
        return 0
    if command == "import" and len(argv) == 2:
        import_json(Path(argv[1]))
        return 0
    if command == "compile":
        return compile_all()
    if command == "check":
        bad = 0
        for language in TS_LANGUAGES:
            for ctx, src in missing(language):
                print(f"{language}: [{ctx}] {src}")
                bad += 1
        return 1 if bad else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
