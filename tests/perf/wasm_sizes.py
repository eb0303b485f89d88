#!/usr/bin/env python3
"""How many bytes of wasm code each crate adds: reads the function-name section of the wasm that
cargo builds (before wasm-bindgen and wasm-opt strip the names) and sums function body sizes by
crate. Data segments (string constants, the compiled-in rule JSON) are reported on their own.

Usage: wasm_sizes.py target/wasm32-unknown-unknown/release/cbcc-widget.wasm [--json]
"""
import json, re, sys
from collections import Counter


def leb(buf, i):
    result = shift = 0
    while True:
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, i


def name(buf, i):
    n, i = leb(buf, i)
    return buf[i:i + n].decode("utf-8", "replace"), i + n


def demangle_legacy(sym):
    # _ZN4core3fmt5write17h0123456789abcdefE -> core::fmt::write
    if not sym.startswith("_ZN"):
        return sym
    parts, i = [], 3
    while i < len(sym) and sym[i].isdigit():
        j = i
        while sym[j].isdigit():
            j += 1
        n = int(sym[i:j])
        parts.append(sym[j:j + n])
        i = j + n
    if parts and re.fullmatch(r"h[0-9a-f]{16}", parts[-1]):
        parts.pop()
    out = "::".join(parts)
    for a, b in (("$LT$", "<"), ("$GT$", ">"), ("$u20$", " "), ("$RF$", "&"), ("$BP$", "*"),
                 ("$C$", ","), ("$u7b$", "{"), ("$u7d$", "}"), ("$u5b$", "["), ("$u5d$", "]"),
                 ("$u27$", "'"), ("..", "::")):
        out = out.replace(a, b)
    return out.lstrip("_") if out.startswith("_<") else out


PRIMITIVES = {"str", "bool", "char", "u8", "u16", "u32", "u64", "usize", "i8", "i16", "i32", "i64",
              "isize", "f32", "f64", "dyn", "impl", "mut", "const", "fn"}


def crate_of(fn):
    if fn.startswith("__wbindgen_describe"):
        return None  # type descriptors that the wasm-bindgen CLI removes
    v0 = re.match(r"_R\w*?Cs[0-9A-Za-z]+_(\d+)", fn)
    if v0:  # v0 mangling: the first crate root names the crate
        n = int(v0.group(1))
        return fn[v0.end():v0.end() + n]
    fn = demangle_legacy(fn)
    if "::" not in fn:
        return "(runtime and wasm-bindgen glue)"
    for ident in re.findall(r"[A-Za-z_][A-Za-z0-9_]*(?=::)", fn):
        if ident not in PRIMITIVES and not re.fullmatch(r"[A-Z]", ident) and ident != "_":
            return ident
    return "(other)"


def main(path, as_json=False):
    buf = open(path, "rb").read()
    assert buf[:4] == b"\0asm", "not a wasm file"
    i, imported, bodies, names, data = 8, 0, [], {}, 0
    while i < len(buf):
        sid = buf[i]
        size, i = leb(buf, i + 1)
        end = i + size
        if sid == 2:  # imports: count imported functions, which come first in the index space
            n, j = leb(buf, i)
            for _ in range(n):
                _, j = name(buf, j)
                _, j = name(buf, j)
                kind = buf[j]
                j += 1
                if kind == 0:
                    imported += 1
                    _, j = leb(buf, j)
                elif kind == 1:
                    j += 1
                    flags, j = leb(buf, j)
                    _, j = leb(buf, j)
                    if flags & 1:
                        _, j = leb(buf, j)
                elif kind == 2:
                    flags, j = leb(buf, j)
                    _, j = leb(buf, j)
                    if flags & 1:
                        _, j = leb(buf, j)
                elif kind == 3:
                    j += 2
                else:
                    j += 2
        elif sid == 10:
            n, j = leb(buf, i)
            for _ in range(n):
                sz, j2 = leb(buf, j)
                bodies.append(sz + (j2 - j))
                j = j2 + sz
        elif sid == 11:
            data = size
        elif sid == 0:
            sec, j = name(buf, i)
            if sec == "name":
                while j < end:
                    sub = buf[j]
                    sz, j = leb(buf, j + 1)
                    if sub == 1:
                        n, k = leb(buf, j)
                        for _ in range(n):
                            idx, k = leb(buf, k)
                            nm, k = name(buf, k)
                            names[idx] = nm
                    j += sz
        i = end
    by_crate = Counter()
    for k, sz in enumerate(bodies):
        crate = crate_of(names.get(imported + k, "(unnamed)"))
        if crate:
            by_crate[crate] += sz
    if "--debug" in sys.argv:
        big = sorted(((sz, names.get(imported + k, "(unnamed)")) for k, sz in enumerate(bodies)), reverse=True)
        for sz, nm in big[:15]:
            print(sz, demangle_legacy(nm)[:120], "->", crate_of(nm))
    total = sum(by_crate.values()) + data
    rows = [(c, s) for c, s in by_crate.most_common()]
    rows.append(("(data segments: strings, rule data)", data))
    if as_json:
        print(json.dumps({"total": total, "crates": dict(rows)}, ensure_ascii=False))
        return
    print(f"| crate | bytes | share |\n|---|---:|---:|")
    for c, s in sorted(rows, key=lambda r: -r[1])[:20]:
        print(f"| {c} | {s:,} | {100 * s / total:.1f} % |")
    print(f"| **total (code + data, before wasm-opt)** | {total:,} | 100 % |")


if __name__ == "__main__":
    main(sys.argv[1], "--json" in sys.argv)
