#!/usr/bin/env node
// Trunk pre_build hook (Trunk.toml [[hooks]]): the page's stylesheet is kept in parts, one per
// part of the page (styles/main/, in the order of their number), and joined here into
// target/styles/main.css, the one file index.html links (one request on the first load; the
// embedded widget's shadow root loads the same file). Written only when it changed, so a
// watching `trunk serve` does not rebuild for it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PARTS = path.join(REPO, 'styles/main');
const OUT = path.join(REPO, 'target/styles/main.css');

const number = (f) => Number.parseInt(f, 10);
const parts = fs.readdirSync(PARTS).filter((f) => /^\d+-.+\.css$/.test(f)).sort((a, b) => number(a) - number(b));
if (parts.length === 0) throw new Error(`no stylesheet parts in ${PARTS}`);
const css = parts.map((f) => fs.readFileSync(path.join(PARTS, f), 'utf8')).join('');
const old = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : null;
if (old !== css) {
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, css);
}
