import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { ROOT } from '../cli/runCli';

/**
 * No data leaves the machine: the pages may load scripts only from themselves and the Office CDN and
 * may connect only to themselves; no code is built from strings; the manifest asks for the document and
 * names no host but the add-in's own.
 */

interface WebpackConfigModule {
  (env: unknown, argv: { mode: string }): Promise<{ plugins: Array<{ userOptions?: Record<string, unknown> }> }>;
  CONTENT_SECURITY_POLICY: string;
  OFFICE_JS_ORIGIN: string;
  OFFICE_JS_URL: string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(ROOT, 'webpack.config.js')) as WebpackConfigModule;
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';
const ESLINT_BIN = path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');

/** "default-src 'self'; script-src 'self' https://x" → directive → sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(out.has(name)).toBe(false);
    out.set(name.toLowerCase(), sources);
  }
  return out;
}

describe('Content-Security-Policy of the add-in pages', () => {
  const policy = parsePolicy(webpackConfig.CONTENT_SECURITY_POLICY);

  it('default-src and connect-src are the add-in itself only', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('scripts come from the add-in and the Office CDN only; no eval, no inline script', () => {
    expect(webpackConfig.OFFICE_JS_ORIGIN).toBe(OFFICE_CDN);
    expect(webpackConfig.OFFICE_JS_URL.startsWith(`${OFFICE_CDN}/`)).toBe(true);
    expect([...(policy.get('script-src') ?? [])].sort()).toEqual(["'self'", OFFICE_CDN].sort());
    for (const [name, sources] of policy) {
      expect({ name, evalAllowed: sources.includes("'unsafe-eval'") }).toEqual({ name, evalAllowed: false });
      expect({
        name,
        wildcard: sources.some((s) => s === '*' || /^(https?|wss?):$/.test(s) || s.includes('*')),
      }).toEqual({
        name,
        wildcard: false,
      });
      // Any host named anywhere in the policy is the Office CDN.
      for (const s of sources.filter((x) => /^[a-z]+:\/\//i.test(x))) expect(s).toBe(OFFICE_CDN);
    }
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
  });

  it('every page webpack writes carries exactly this policy in a meta tag of its template', async () => {
    const config = await webpackConfig({}, { mode: 'production' });
    const pages = config.plugins.map((p) => p.userOptions).filter((o) => o && typeof o.template === 'string');
    expect(pages.map((p) => p!.filename).sort()).toEqual(['commands.html', 'previewHost.html', 'taskpane.html']);
    for (const page of pages) {
      expect(page!.csp).toBe(webpackConfig.CONTENT_SECURITY_POLICY);
      const template = fs.readFileSync(path.join(ROOT, page!.template as string), 'utf8');
      expect(template).toMatch(
        /<meta\s+http-equiv="Content-Security-Policy"\s+content="<%= htmlWebpackPlugin\.options\.csp %>"/,
      );
      // The template loads no script from anywhere but office.js's URL and the bundles webpack injects.
      const hosts = [...template.matchAll(/\bsrc="([^"]+)"/g)].map((m) => m[1]);
      for (const src of hosts) expect(src).toMatch(/^<%= htmlWebpackPlugin\.options\.officeJs %>$/);
    }
  });
});

describe('no code built from strings', () => {
  it.each([
    'src/taskpane/index.tsx',
    'src/commands/commands.ts',
    'src/excel/markFindings.ts',
    'src/engine/checkWorkbook.ts',
  ])('ESLint forbids eval, implied eval and new Function in %s', async (file) => {
    // ESLint's config is an ES module, which jest cannot import: ask ESLint itself, as the lint step does.
    const printed = execFileSync(process.execPath, [ESLINT_BIN, '--print-config', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const config = JSON.parse(printed) as { rules: Record<string, unknown> };
    for (const rule of ['no-eval', 'no-implied-eval', 'no-new-func']) {
      const setting = config.rules[rule];
      const level = Array.isArray(setting) ? setting[0] : setting;
      expect({ rule, level }).toEqual({ rule, level: 2 });
    }
  });

  /**
   * The last production build, when there is one (`npm run build` takes about a minute, too long for a
   * unit test): no eval( at all. The only Function( calls are third-party fallbacks for finding the global
   * object or a string timer callback, each behind a check that is true in any browser Office supports
   * (globalThis, self, a function argument); the policy above (no 'unsafe-eval') blocks them if ever reached.
   */
  const dist = path.join(ROOT, 'dist', 'addin');
  const bundles = fs.existsSync(dist) ? fs.readdirSync(dist).filter((f) => f.endsWith('.js')) : [];
  const KNOWN_FALLBACKS = [
    /(new )?Function\("return this"\)\(\)/g,
    /Function\("r","regeneratorRuntime = r"\)/g,
    /new Function\(""\+\w+\)/g,
  ];
  // CI builds before the tests (.ci/run), so there the scan always runs; locally it needs a build first.
  (bundles.length || process.env.CI ? it : it.skip)(
    `built bundles in dist/addin (${bundles.length}) call no eval and no other Function(`,
    () => {
      expect(bundles.some((f) => f.startsWith('taskpane.'))).toBe(true);
      for (const file of bundles) {
        const code = fs.readFileSync(path.join(dist, file), 'utf8');
        expect({ file, evals: code.match(/\beval\s*\(/g) ?? [] }).toEqual({ file, evals: [] });
        let rest = code;
        for (const known of KNOWN_FALLBACKS) rest = rest.replace(known, '');
        expect({ file, functions: rest.match(/\bFunction\s*\(/g) ?? [] }).toEqual({ file, functions: [] });
      }
    },
  );
});

describe('manifest.xml', () => {
  const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const withoutNamespaces = manifest.replace(/\sxmlns(:\w+)?="[^"]*"/g, '').replace(/xsi:type="[^"]*"/g, '');

  it('asks for exactly ReadWriteDocument', () => {
    expect([...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1].trim())).toEqual([
      'ReadWriteDocument',
    ]);
  });

  it('points the pane, the commands and the icons at https://localhost:3000 and names no other host', () => {
    const urls = [...withoutNamespaces.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^"<\s]+/gi)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000(\/|$)/);
    expect(manifest).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane\.html"\/>/);
    expect([...manifest.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1])).toEqual([
      'https://localhost:3000',
    ]);
    const icons = [
      ...manifest.matchAll(/<(?:IconUrl|HighResolutionIconUrl|bt:Image id="[^"]*")\s+DefaultValue="([^"]+)"/g),
    ].map((m) => m[1]);
    expect(icons.length).toBeGreaterThanOrEqual(4);
    for (const icon of icons) {
      expect(icon).toMatch(/^https:\/\/localhost:3000\/assets\/icon-\d+\.png$/);
      expect(fs.existsSync(path.join(ROOT, new URL(icon).pathname))).toBe(true);
    }
  });
});
