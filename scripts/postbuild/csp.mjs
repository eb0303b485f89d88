// Step: the Content-Security-Policy meta of index.html gets the SHA-256 of every inline script
// (Trunk's module loader). Also the helpers the single-file step uses for its own policy.
import { SCRIPT_RE, cspHash, fail } from './html.mjs';

const isJsType = (attrs) => {
  const m = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs);
  return !m || /^(module|text\/javascript|application\/javascript)$/i.test(m[1]);
};

/** CSP hashes of the inline (executed) scripts of a page. */
export function inlineScriptHashes(html) {
  return [...html.matchAll(SCRIPT_RE)]
    .filter(([, attrs]) => !/\bsrc\s*=/i.test(attrs) && isJsType(attrs))
    .map(([, , body]) => cspHash(body));
}

/** CSP hashes of the inline <style> elements of a page. */
export function inlineStyleHashes(html) {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map(([, body]) => cspHash(body));
}

const CSP_META_RE = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;

/** Replaces the page's CSP meta; `edit` gets and returns the policy as a Map directive → sources. */
export function editCsp(html, edit) {
  const m = CSP_META_RE.exec(html);
  if (!m) fail('index.html has no <meta http-equiv="Content-Security-Policy" content="…">');
  const policy = new Map(
    m[1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
  const text = [...edit(policy)].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
  return html.replace(m[0], `<meta http-equiv="Content-Security-Policy" content="${text}" />`);
}

/** index.html with its inline scripts' hashes in script-src (replacing any from before). */
export function addScriptHashes(html) {
  const hashes = inlineScriptHashes(html);
  return editCsp(html, (policy) => {
    const script = (policy.get('script-src') || fail("the CSP has no script-src")).filter((s) => !s.startsWith("'sha256-"));
    policy.set('script-src', [...script, ...hashes]);
    return policy;
  });
}
