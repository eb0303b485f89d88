// Step, the first one: the full wasm (src/bin/cbcc-full.rs; index.html's second rust link,
// built by Trunk as a "worker", so without hashed names) gets hashed names like the page's own
// wasm: cbcc-full-<hash>.js and cbcc-full-<hash>_bg.wasm, cached as immutable by a host. The
// loader in index.html (Trunk.toml's pattern_script) is given them; embed.mjs, next, puts them
// in embed.js. The glue's own default wasm name is changed too (the loader and embed.js always
// give the wasm's address, so it is never used).
import fs from 'node:fs';
import path from 'node:path';
import { fail, sha256, trunkLoader } from './html.mjs';

const GLUE = 'cbcc-full.js';
const WASM = 'cbcc-full_bg.wasm';

/** Renames the full wasm and its glue in DIR; returns their new names {glue, wasm}. */
export function nameFullWasm(dir) {
  const glueFile = path.join(dir, GLUE);
  const wasmFile = path.join(dir, WASM);
  const named = fs.readdirSync(dir).find((f) => /^cbcc-full-[0-9a-f]{16}\.js$/.test(f));
  if (named && !fs.existsSync(glueFile)) return { glue: named, wasm: named.replace(/\.js$/, '_bg.wasm') }; // already done
  if (!fs.existsSync(glueFile) || !fs.existsSync(wasmFile)) fail(`${GLUE} or ${WASM} is missing (index.html's cbcc-full link)`);
  const hash = sha256(Buffer.concat([fs.readFileSync(glueFile), fs.readFileSync(wasmFile)])).toString('hex').slice(0, 16);
  const names = { glue: `cbcc-full-${hash}.js`, wasm: `cbcc-full-${hash}_bg.wasm` };
  const glue = fs.readFileSync(glueFile, 'utf8');
  if (!glue.includes(`'${WASM}'`)) fail(`${GLUE} does not name '${WASM}'`);
  fs.writeFileSync(path.join(dir, names.glue), glue.replace(`'${WASM}'`, `'${names.wasm}'`));
  fs.renameSync(wasmFile, path.join(dir, names.wasm));
  fs.rmSync(glueFile);

  const indexPath = path.join(dir, 'index.html');
  const html = fs.readFileSync(indexPath, 'utf8');
  const loader = trunkLoader(html);
  if (!loader || !loader[2].includes(`${GLUE}'`) || !loader[2].includes(`${WASM}'`)) fail(`the loader in index.html does not name ${GLUE} and ${WASM}`);
  const body = loader[2].replace(`${GLUE}'`, `${names.glue}'`).replace(`${WASM}'`, `${names.wasm}'`);
  fs.writeFileSync(indexPath, html.replace(loader[0], () => loader[0].replace(loader[2], () => body)));
  return names;
}
