// Step, the last one: sw.js, the service worker, from web/sw.js with the exact list of built
// files, their SHA-256 and a version (its cache name) derived from them. Also used by the e2e
// tests to make a second version of a build.
import fs from 'node:fs';
import path from 'node:path';
import { REPO, fail, sha256 } from './html.mjs';
import { SINGLE_FILE } from './single-file.mjs';

export const SW_FILE = 'sw.js';
const SW_SOURCE = path.join(REPO, 'web', 'sw.js');

/**
 * Our plain-JS files without their full-line `//` comments (they are for the reader of web/, and
 * sw-register.js counts in the first-load budget). Only whole lines are dropped, so this needs
 * no parser: a line of a template literal must not start with `//` in web/*.js. The BEGIN/END
 * service worker markers stay (singleFileHtml cuts by them), so running this twice is harmless.
 */
export function dropCommentLines(js, source) {
  const body = js
    .split('\n')
    .filter((l) => !/^\s*\/\//.test(l) || /^\/\/ (BEGIN|END) service worker/.test(l))
    .join('\n');
  return `// ${source} (comment lines removed by scripts/postbuild.mjs)\n${body}`;
}

/** Every file of a built dir (relative, '/'-separated), sorted; dot files and dirs skipped. */
function listFiles(dir, sub = '') {
  return fs
    .readdirSync(path.join(dir, sub), { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      return e.isDirectory() ? listFiles(dir, rel) : [rel];
    })
    .sort();
}

/**
 * Writes DIR/sw.js from web/sw.js with every built file of DIR except sw.js itself and the
 * single-file copy (which the page never loads). Returns {version, files, bytes}.
 */
export function writeServiceWorker(dir) {
  const files = listFiles(dir)
    .filter((f) => f !== SW_FILE && f !== SINGLE_FILE)
    .map((f) => ({ url: `./${f}`, sha256: sha256(fs.readFileSync(path.join(dir, f))).toString('hex') }));
  if (!files.some((f) => f.url === './index.html')) fail(`${dir}/index.html is missing`);
  const version = sha256(files.map((f) => `${f.url} ${f.sha256}\n`).join('')).toString('hex').slice(0, 16);
  const source = fs.readFileSync(SW_SOURCE, 'utf8');
  const line = /^const BUILD = .*$/m;
  if (!line.test(source)) fail(`${SW_SOURCE} has no "const BUILD = …" line to replace`);
  const build = `{\n  version: '${version}',\n  files: [\n${files.map((f) => `    ${JSON.stringify(f)},\n`).join('')}  ],\n}`;
  const out = dropCommentLines(source.replace(line, () => `const BUILD = ${build};`), 'web/sw.js');
  fs.writeFileSync(path.join(dir, SW_FILE), out);
  return { version, files, bytes: Buffer.byteLength(out) };
}
