import * as fs from 'fs';
import * as path from 'path';
import * as acorn from 'acorn';
import * as walk from 'acorn-walk';

/**
 * Issue 11.2: every shipped bundle parses in the oldest webview the add-in admits. The bundles are compiled
 * to ES2017 syntax (webpack.config.js ES_TARGET, node_modules included); the one later feature they keep
 * is ES2018 RegExp syntax (lookbehind, \p{…}), which cannot be transpiled: hostCheck.js shows '请更新 Excel'
 * on a webview without it (docs/COMPATIBILITY.md names the hosts).
 */
const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist', 'addin');
const bundles = fs.existsSync(DIST) ? fs.readdirSync(DIST).filter((f) => f.endsWith('.js')) : [];

/** RegExp syntax newer than ES2017 that the bundles may use (hostCheck.js tests the webview for it). */
const ES2018_REGEXP = /\(\?<[=!]|\(\?<[A-Za-z]|\\[pP]\{/;

interface Es2018Use {
  what: string;
  at: number;
}

/** Syntax above ES2017 in a program parsed at ES2018: object rest/spread, async iteration, new RegExp syntax. */
function es2018Uses(program: acorn.Node): Es2018Use[] {
  const out: Es2018Use[] = [];
  walk.simple(program, {
    ObjectExpression(node) {
      const o = node as unknown as { properties: acorn.Node[] };
      for (const p of o.properties) if (p.type === 'SpreadElement') out.push({ what: 'object spread', at: p.start });
    },
    ObjectPattern(node) {
      const o = node as unknown as { properties: acorn.Node[] };
      for (const p of o.properties) if (p.type === 'RestElement') out.push({ what: 'object rest', at: p.start });
    },
    ForOfStatement(node) {
      if ((node as unknown as { await: boolean }).await) out.push({ what: 'for await', at: node.start });
    },
    Function(node) {
      const f = node as unknown as { async: boolean; generator: boolean };
      if (f.async && f.generator) out.push({ what: 'async generator', at: node.start });
    },
    Literal(node) {
      const r = (node as unknown as { regex?: { pattern: string; flags: string } }).regex;
      if (r && r.flags.includes('s')) out.push({ what: `RegExp flag s /${r.pattern}/${r.flags}`, at: node.start });
    },
  });
  return out;
}

describe('shipped bundles (dist/addin/*.js)', () => {
  // CI builds before the tests (.ci/run), so there the check always runs; locally it needs `npm run build`.
  const itBuilt = bundles.length || process.env.CI ? it : it.skip;

  itBuilt('parse as ES2017, but for ES2018 RegExp syntax, which hostCheck.js requires of the webview', () => {
    expect(bundles.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const file of bundles) {
      const source = fs.readFileSync(path.join(DIST, file), 'utf8');
      if (file === 'hostCheck.js') {
        // Runs first in every webview, also those it turns away: ES5.
        expect(() => acorn.parse(source, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
        continue;
      }
      let program: acorn.Node;
      try {
        program = acorn.parse(source, { ecmaVersion: 2018, sourceType: 'script' });
      } catch (e) {
        problems.push(`${file}: not even ES2018: ${(e as Error).message}`);
        continue;
      }
      for (const use of es2018Uses(program)) problems.push(`${file}@${use.at}: ${use.what}`);
      // At ES2017 the only errors left are RegExp literals of ES2018 syntax.
      let rest = source;
      for (let guard = 0; guard < 1000; guard++) {
        try {
          acorn.parse(rest, { ecmaVersion: 2017, sourceType: 'script' });
          break;
        } catch (e) {
          const err = e as Error & { pos: number };
          // acorn points at the pattern, one past the literal's opening slash.
          const start = err.pos - 1;
          const literal = /^\/((?:\\.|\[(?:\\.|[^\]])*\]|[^/\\[\n])+)\/[a-z]*/.exec(rest.slice(start));
          if (!/Invalid regular expression|Invalid (group|escape|property name)/.test(err.message) || !literal) {
            problems.push(`${file}@${err.pos}: ${err.message}`);
            break;
          }
          if (!ES2018_REGEXP.test(literal[1])) problems.push(`${file}@${err.pos}: ${literal[0]}`);
          // Blank the literal out (same length, so positions hold) and parse again.
          const blank = `/${'x'.repeat(literal[0].length - 2)}/`;
          rest = rest.slice(0, start) + blank + rest.slice(start + literal[0].length);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  itBuilt('every page loads hostCheck.js before its bundles', () => {
    for (const page of ['taskpane.html', 'commands.html', 'previewHost.html']) {
      const html = fs.readFileSync(path.join(DIST, page), 'utf8');
      const check = html.indexOf('hostCheck.js');
      expect(check).toBeGreaterThan(-1);
      const firstBundle = html.search(/<script[^>]*\ssrc="?[\w-]+\.[0-9a-f]{8}\.js/);
      expect(check).toBeLessThan(firstBundle);
    }
  });
});

test('hostCheck.js turns away a webview without ES2017 or ES2018 RegExp, and polyfills the rest', () => {
  const source = fs.readFileSync(path.join(ROOT, 'src/commands/hostCheck.js'), 'utf8');
  expect(() => acorn.parse(source, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  expect(source).toContain('请更新 Excel');
  expect(source).toMatch(/\(\?<=/);
});
