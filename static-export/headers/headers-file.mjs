// The _headers file read by Netlify and Cloudflare Pages, and the checks that
// keep it within what those hosts accept. Cloudflare Pages reads at most 100
// rules and 2,000 characters a line, and applies EVERY rule whose pattern
// matches the requested address, in file order: a header set by two rules is
// sent with both values joined by a comma (two Content-Security-Policy values
// are two policies, and browsers enforce both), unless the later rule first
// detaches it with a `! Header-Name` line, which removes what earlier rules
// and Cloudflare itself set. Measured on Cloudflare's own runtime
// (`wrangler pages dev`, the Playwright project "cloudflare").
// Pure functions: static-export/postbuild/deploy-files.mjs writes the file and fails the build
// on any problem found here.

export const CLOUDFLARE_LIMITS = { rules: 100, lineLength: 2000 };

/**
 * Rules ({ pattern, detach?: [name], headers: { name: value } }) as _headers
 * text; a rule's detach lines come first, as Cloudflare applies them first.
 */
export function formatHeadersFile(rules) {
  const blocks = rules.map(({ pattern, detach = [], headers }) =>
    [pattern, ...detach.map((name) => `  ! ${name}`), ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `${blocks.join('\n')}\n`;
}

/**
 * The site's rules. `/*` comes first and holds the defaults of every answer:
 * the base headers, HSTS, the script-free CSP and `no-cache`, so an unknown
 * address (Cloudflare matches rules on the address asked for, not on the
 * 404.html it serves), a redirect or a file gets them too; and it detaches
 * the `Access-Control-Allow-Origin: *` Cloudflare Pages adds to everything
 * (nothing on this site is for other sites' scripts to read). Then only the
 * exceptions, each detaching the default it replaces: a long cache for hashed
 * assets, image/png for the extensionless share images, and each page with a
 * policy of its own at its clean URL and its .html file: every page but the
 * 404 pages, as each carries its own inline CSS with its own hash
 * (static-export/postbuild/page-css.mjs). So Cloudflare's 100 rules hold 47
 * pages; headersFileProblems fails the build beyond that.
 * `pages`: [{ url: '/aftercare', file: '/aftercare.html', csp }].
 */
export function siteHeaderRules({ common, defaultCsp, defaultCacheControl, immutable, pages }) {
  const CSP = 'Content-Security-Policy';
  const CACHE = 'Cache-Control';
  const rules = [{ pattern: '/*', detach: ['Access-Control-Allow-Origin'], headers: { ...common, [CSP]: defaultCsp, [CACHE]: defaultCacheControl } }];
  for (const [prefix, cacheControl] of immutable) rules.push({ pattern: `${prefix}*`, detach: [CACHE], headers: { [CACHE]: cacheControl } });
  // `/*/opengraph-image` needs at least one character before the slash, so the home page's image has its own rule.
  for (const pattern of ['/opengraph-image', '/*/opengraph-image']) rules.push({ pattern, headers: { 'Content-Type': 'image/png' } });
  for (const { url, file, csp } of pages) {
    if (csp === defaultCsp) continue;
    for (const pattern of new Set([url, file])) rules.push({ pattern, detach: [CSP], headers: { [CSP]: csp } });
  }
  return rules;
}

/** Rules of a _headers file with the line each starts on (comments and blank lines skipped). */
export function parseHeadersFile(text) {
  const rules = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim() || raw.trim().startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), line, headers: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${line} is a header before any URL pattern`);
    const detach = /^\s*!\s*(\S+)\s*$/.exec(raw);
    if (detach) {
      rule.headers.push({ name: detach[1], detach: true, line });
      return;
    }
    const colon = raw.indexOf(':');
    if (colon < 0) throw new Error(`_headers line ${line} is not "Name: value"`);
    rule.headers.push({ name: raw.slice(0, colon).trim(), value: raw.slice(colon + 1).trim(), line });
  });
  return rules;
}

/**
 * A URL pattern as tokens: a splat (*) matches any characters, `/`
 * included; a placeholder (:name) one or more characters other than `/`.
 */
function tokens(pattern) {
  const path = pattern.replace(/^https:\/\/[^/]*/, '');
  const out = [];
  for (let i = 0; i < path.length; i++) {
    if (path[i] === '*') out.push({ kind: 'any*' });
    else if (path[i] === ':' && /[A-Za-z_]/.test(path[i + 1] ?? '')) {
      while (/\w/.test(path[i + 1] ?? '')) i++;
      out.push({ kind: 'segment' }, { kind: 'segment*' });
    } else out.push({ kind: 'char', char: path[i] });
  }
  return out;
}

const isStar = (token) => token?.kind === 'any*' || token?.kind === 'segment*';

function step(token, char) {
  if (!token) return [];
  if (token.kind === 'char') return token.char === char ? [1] : [];
  if (token.kind === 'any*') return [0];
  if (char === '/') return [];
  return token.kind === 'segment' ? [1] : [0];
}

/** Positions reachable without reading a character (stars can match nothing). */
function closure(list, at) {
  const reached = [at];
  while (isStar(list[reached.at(-1)])) reached.push(reached.at(-1) + 1);
  return reached;
}

/**
 * A path both patterns match, or null when none exists. Walks both patterns
 * side by side over every character either names, plus `/` and one other.
 */
export function commonPath(patternA, patternB) {
  const a = tokens(patternA);
  const b = tokens(patternB);
  const named = new Set([...a, ...b].filter((t) => t.kind === 'char').map((t) => t.char));
  const other = [...'abcdefghijklmnopqrstuvwxyz0123456789'].find((c) => !named.has(c)) ?? '~';
  const alphabet = [...new Set([...named, '/', other])];
  const seen = new Map();
  const queue = [];
  for (const i of closure(a, 0)) {
    for (const j of closure(b, 0)) {
      seen.set(`${i},${j}`, '');
      queue.push([i, j]);
    }
  }
  while (queue.length) {
    const [i, j] = queue.shift();
    const path = seen.get(`${i},${j}`);
    if (i === a.length && j === b.length) return path;
    for (const char of alphabet) {
      for (const di of step(a[i], char)) {
        for (const dj of step(b[j], char)) {
          for (const ni of closure(a, i + di)) {
            for (const nj of closure(b, j + dj)) {
              if (seen.has(`${ni},${nj}`)) continue;
              seen.set(`${ni},${nj}`, path + char);
              queue.push([ni, nj]);
            }
          }
        }
      }
    }
  }
  return null;
}

/** Everything about a _headers file that Cloudflare Pages would refuse or join; empty when it is fine. */
export function headersFileProblems(text, limits = CLOUDFLARE_LIMITS) {
  const problems = [];
  text.split('\n').forEach((line, index) => {
    if (line.length > limits.lineLength) problems.push(`line ${index + 1} is ${line.length} characters; Cloudflare Pages allows ${limits.lineLength}`);
  });
  const rules = parseHeadersFile(text);
  if (rules.length > limits.rules) problems.push(`${rules.length} rules; Cloudflare Pages reads at most ${limits.rules}`);
  for (const rule of rules) {
    if ((rule.pattern.match(/\*/g) ?? []).length > 1) problems.push(`"${rule.pattern}" (line ${rule.line}) has more than one splat (*); Cloudflare Pages allows one`);
  }
  // In file order: a later rule may replace an earlier rule's header by detaching it first.
  const setters = rules.flatMap((rule, index) => rule.headers.filter((h) => !h.detach).map((header) => ({ rule, index, name: header.name.toLowerCase(), header })));
  const detaches = (rule, name) => rule.headers.some((h) => h.detach && h.name.toLowerCase() === name);
  for (let x = 0; x < setters.length; x++) {
    for (let y = x + 1; y < setters.length; y++) {
      const first = setters[x];
      const second = setters[y];
      if (first.name !== second.name) continue;
      if (second.index > first.index && detaches(second.rule, second.name)) continue;
      const path = first.rule === second.rule ? first.rule.pattern : commonPath(first.rule.pattern, second.rule.pattern);
      if (path === null) continue;
      problems.push(
        `${first.header.name} is set by "${first.rule.pattern}" (line ${first.header.line}) and "${second.rule.pattern}" (line ${second.header.line}), ` +
          `which both match ${path}: Cloudflare Pages would send both values joined, and browsers enforce every policy they get ` +
          `(the later rule can replace the earlier value with a "! ${first.header.name}" line)`,
      );
    }
  }
  return problems;
}

/**
 * The headers a path gets from the rules, as Cloudflare Pages applies them:
 * every matching rule in file order, its detach lines first (they remove
 * what earlier rules set), a header set again joined with a comma. Only what
 * the file sets: Cloudflare's own headers (Content-Type, ETag and the like)
 * are not modelled. `path` is a plain path (no `*` or `:name` of its own).
 */
export function headersForPath(rules, path) {
  const headers = new Map();
  for (const rule of rules) {
    if (commonPath(rule.pattern, path) === null) continue;
    for (const { name } of rule.headers.filter((h) => h.detach)) headers.delete(name.toLowerCase());
    for (const { name, value } of rule.headers.filter((h) => !h.detach)) {
      const key = name.toLowerCase();
      headers.set(key, headers.has(key) ? { name: headers.get(key).name, value: `${headers.get(key).value}, ${value}` } : { name, value });
    }
  }
  return Object.fromEntries([...headers.values()].map(({ name, value }) => [name, value]));
}
