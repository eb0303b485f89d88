// Step: index.html says how old the rules are: the oldest `checked_on` of the national rule
// files (the rules compiled into this build), as `data-rules-checked` on #offline-status, which
// web/sw-register.js shows.
import fs from 'node:fs';
import path from 'node:path';
import { REPO, fail } from './html.mjs';

const RULES_DIR = path.join(REPO, 'engine', 'rules');

/** The oldest `checked_on = "YYYY-MM-DD"` of the national rule files: how old the rules are. */
export function rulesCheckedOn(dir = RULES_DIR) {
  const dates = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.toml'))
    .flatMap((f) => [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/^checked_on\s*=\s*"(\d{4}-\d{2}-\d{2})"/gm)])
    .map((m) => m[1])
    .sort();
  if (!dates.length) fail(`no checked_on = "YYYY-MM-DD" in ${dir}/*.toml`);
  return dates[0];
}

/** index.html with the rules date on #offline-status. */
export function markRulesDate(html, rulesDate) {
  if (!/id="offline-status"/.test(html)) fail('index.html has no element with id="offline-status"');
  return html.replace(/(<[^>]*\bid="offline-status")(?:\s+data-rules-checked="[^"]*")?/, `$1 data-rules-checked="${rulesDate}"`);
}
