#!/usr/bin/env python3
"""Draws the app icons (assets/icon-192.png, icon-512.png, icon-maskable-512.png, icon.svg) from
simple geometry, so the repository makes its own icons: a red rounded square with a white
checklist and a yellow check mark. Run: python3 scripts/make_icons.py (no dependencies)."""
import os, struct, zlib

RED, WHITE, YELLOW, GREY = (183, 28, 28), (255, 255, 255), (255, 205, 0), (230, 220, 220)
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets")


def inside(x, y, pad):
    """Colour at (x, y) in a 1x1 icon, or None for transparent. `pad` shrinks the art (maskable)."""
    def rounded(x0, y0, x1, y1, r):
        cx = min(max(x, x0 + r), x1 - r)
        cy = min(max(y, y0 + r), y1 - r)
        return (x - cx) ** 2 + (y - cy) ** 2 <= r * r and x0 <= x <= x1 and y0 <= y <= y1

    def seg(ax, ay, bx, by, w):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= w * w

    if pad == 0 and not rounded(0, 0, 1, 1, 0.18):
        return None
    # Art in a box shrunk for the maskable safe zone.
    u = (x - pad) / (1 - 2 * pad)
    v = (y - pad) / (1 - 2 * pad)
    x, y = u, v
    colour = RED
    if rounded(0.22, 0.16, 0.78, 0.86, 0.06):
        colour = WHITE
        for row in (0.34, 0.50, 0.66):
            if seg(0.32, row, 0.40, row, 0.028):
                colour = RED
            if seg(0.47, row, 0.68, row, 0.022):
                colour = GREY
    if seg(0.44, 0.66, 0.56, 0.78, 0.05) or seg(0.56, 0.78, 0.86, 0.40, 0.05):
        colour = YELLOW
    return colour


def png(size, pad, path):
    s = 3  # supersampling per axis
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc, n = [0, 0, 0], 0
            for sy in range(s):
                for sx in range(s):
                    c = inside((px + (sx + 0.5) / s) / size, (py + (sy + 0.5) / s) / size, pad)
                    if c:
                        acc = [a + b for a, b in zip(acc, c)]
                        n += 1
            if n:
                row += bytes([round(a / n) for a in acc]) + bytes([round(255 * n / (s * s))])
            else:
                row += b"\0\0\0\0"
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
                + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
<rect width="100" height="100" rx="18" fill="#b71c1c"/>
<rect x="22" y="16" width="56" height="70" rx="6" fill="#fff"/>
<g stroke-linecap="round"><g stroke="#b71c1c" stroke-width="5.6"><path d="M32 34h8M32 50h8M32 66h8"/></g>
<g stroke="#e6dcdc" stroke-width="4.4"><path d="M47 34h21M47 50h21M47 66h21"/></g>
<path d="M44 66l12 12 30-38" fill="none" stroke="#ffcd00" stroke-width="10" stroke-linejoin="round"/></g>
</svg>
"""

if __name__ == "__main__":
    os.makedirs(HERE, exist_ok=True)
    png(192, 0, os.path.join(HERE, "icon-192.png"))
    png(512, 0, os.path.join(HERE, "icon-512.png"))
    png(512, 0.12, os.path.join(HERE, "icon-maskable-512.png"))
    with open(os.path.join(HERE, "icon.svg"), "w") as f:
        f.write(SVG)
    print("wrote", sorted(os.listdir(HERE)))
