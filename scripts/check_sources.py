#!/usr/bin/env python3
"""Checks that every quote in engine/rules/sources/*.toml is really in the file it says it was
read from, where that file can be read here.

A `read_at` of the form `github:<owner>/<repo>@<commit>:<path>` is looked up in a local git
copy of that repository (default: /work/.mirror/<owner>+<repo>/repo, or the folder named by
CBCC_MIRRORS). A page address, or a repository with no local copy, is reported as not checked.
The quote is compared with whitespace and Markdown emphasis ignored; a "…" in the quote marks a
cut, and each piece between cuts must appear, in order.

Usage: python3 scripts/check_sources.py        (exit 1 if a quote is not found where it says)
"""
import os
import re
import subprocess
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = os.path.join(ROOT, "engine", "rules", "sources")
MIRRORS = os.environ.get("CBCC_MIRRORS", "/work/.mirror")


def norm(text):
    text = re.sub(r"[*_`]", "", text)
    return re.sub(r"\s+", " ", text).strip()


_files = {}


def repo_text(read_at):
    m = re.fullmatch(r"github:([^/]+)/([^@]+)@([0-9a-f]{7,40}):(.+)", read_at)
    if not m:
        return None
    owner, repo, commit, path = m.groups()
    key = (owner, repo, commit, path)
    if key not in _files:
        git_dir = os.path.join(MIRRORS, f"{owner}+{repo}", "repo")
        if not os.path.isdir(git_dir):
            _files[key] = None
        else:
            p = subprocess.run(
                ["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                capture_output=True,
            )
            _files[key] = norm(p.stdout.decode("utf-8", "replace")) if p.returncode == 0 else ""
    return _files[key]


def main():
    checked = unchecked = bad = 0
    for name in sorted(os.listdir(SOURCES)):
        if not name.endswith(".toml"):
            continue
        with open(os.path.join(SOURCES, name), "rb") as f:
            doc = tomllib.load(f)
        for e in doc.get("excerpt", []):
            at = e.get("read_at", doc["read_at"])
            text = repo_text(at)
            where = f"{name}#{e['id']}"
            if text is None:
                unchecked += 1
                continue
            if text == "":
                print(f"MISSING FILE {where}: {at}")
                bad += 1
                continue
            pos = 0
            for piece in norm(e["quote"]).split("…"):
                piece = piece.strip()
                if len(piece) < 8:
                    continue
                i = text.find(piece, pos)
                if i < 0:
                    print(f"NOT FOUND   {where}: {piece[:90]!r}")
                    bad += 1
                    break
                pos = i + len(piece)
            else:
                checked += 1
    print(f"{checked} quotes found in their files, {bad} not found, "
          f"{unchecked} not checkable here (page addresses or no local copy)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
