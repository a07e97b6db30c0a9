// @vitest-environment node
import { nginxHsts, nginxMaps, nginxSecurityHeaders, nginxString } from './nginx-config.mjs';
import { CACHE_CONTROL_DEFAULT, CACHE_CONTROL_RULES } from './security-headers.mjs';

describe('nginx files', () => {
  const maps = nginxMaps({
    pages: [
      { url: '/', file: '/index.html', csp: "script-src 'none'" },
      { url: '/preparation', file: '/preparation.html', csp: "script-src 'self' 'sha256-abc='" },
    ],
    defaultCsp: "script-src 'none'",
    cacheRules: CACHE_CONTROL_RULES,
    cacheDefault: CACHE_CONTROL_DEFAULT,
  });

  it("maps each page's clean URL and file to its CSP, and everything else to the script-free one", () => {
    expect(maps).toContain(`map $uri $port_guide_csp {\n  default "script-src 'none'";\n`);
    expect(maps).toContain(`  "/preparation" "script-src 'self' 'sha256-abc='";\n  "/preparation.html" "script-src 'self' 'sha256-abc='";\n`);
    expect(maps).toContain(`  "/" "script-src 'none'";\n  "/index.html" "script-src 'none'";\n`);
  });

  it('writes the Cache-Control rules as nginx regular expressions, in order', () => {
    expect(maps).toContain(
      [
        'map $uri $port_guide_cache_control {',
        '  default "no-cache";',
        '  ~^/offline-worker\\.js$ "no-cache";',
        '  ~^/(_next/static|_planner|brand)/ "public, max-age=31536000, immutable";',
        '  ~*\\.html$ "no-cache";',
        '  ~^/_search/ "no-cache";',
        '  ~*\\.[a-z0-9]+$ "public, max-age=3600";',
        '}',
      ].join('\n'),
    );
  });

  it('sends every header at server level, `always`, and HSTS only from its own file', () => {
    const headers = nginxSecurityHeaders({ 'X-Frame-Options': 'DENY' });
    expect(headers).toContain('add_header Content-Security-Policy $port_guide_csp always;');
    expect(headers).toContain('add_header Cache-Control $port_guide_cache_control always;');
    expect(headers).toContain('add_header X-Frame-Options "DENY" always;');
    expect(headers).not.toContain('Strict-Transport-Security');
    expect(nginxHsts('max-age=63072000')).toContain('add_header Strict-Transport-Security "max-age=63072000" always;');
  });

  it('quotes values, and refuses one nginx would read as a variable', () => {
    expect(nginxString('a "b" \\c')).toBe('"a \\"b\\" \\\\c"');
    expect(() => nginxString('$host')).toThrow('variable');
  });
});
