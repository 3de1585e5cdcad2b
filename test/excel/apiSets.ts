import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/** One use of an Office.js member in our source, with the requirement set its doc comment names. */
export interface ApiUse {
  file: string;
  line: number;
  /** 'RangeAreas.select' */
  api: string;
  set: string;
  version: string;
  /** The largest version of the same set that an enclosing isSetSupported check asks for, if any. */
  guardedBy?: string;
}

const ROOT = path.resolve(__dirname, '../..');
const OFFICE_TYPES = path.join('@types', 'office-js', 'index.d.ts');
const API_SET = /\[Api set: (\w+) (\d+\.\d+)/;
const GUARD = /isSetSupported\(\s*['"](\w+)['"]\s*,\s*['"](\d+\.\d+)['"]\s*\)/g;

/** 1.13 > 1.9: requirement-set versions compare by their minor number, not as decimals. */
export function compareVersions(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am - bm || an - bn;
}

/** The ExcelApi MinVersion manifest.xml declares. */
export function declaredExcelApi(manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8')): string {
  const m = /<Set\s+Name="ExcelApi"\s+MinVersion="(\d+\.\d+)"/.exec(manifest);
  if (!m) throw new Error('manifest.xml declares no ExcelApi requirement');
  return m[1];
}

function leadingDoc(node: ts.Node): string {
  const text = node.getSourceFile().getFullText();
  return (ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []).map((r) => text.slice(r.pos, r.end)).join('\n');
}

/** The member's own [Api set: …], else its class's. */
function apiSetOf(declaration: ts.Declaration): { set: string; version: string; api: string } | undefined {
  if (!declaration.getSourceFile().fileName.endsWith(OFFICE_TYPES)) return undefined;
  const owner = declaration.parent;
  if (!ts.isClassDeclaration(owner) && !ts.isInterfaceDeclaration(owner)) return undefined;
  const m = API_SET.exec(leadingDoc(declaration)) ?? API_SET.exec(leadingDoc(owner));
  if (!m || !m[1].startsWith('Excel')) return undefined;
  const name = ts.getNameOfDeclaration(declaration)?.getText() ?? '?';
  return { set: m[1], version: m[2], api: `${owner.name?.getText() ?? '?'}.${name}` };
}

/** The text of conditions that must hold for `node` to run, with the initializers of the names they use. */
function guardText(node: ts.Node, checker: ts.TypeChecker): string {
  const conditions: ts.Expression[] = [];
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child === parent.thenStatement) conditions.push(parent.expression);
    else if (ts.isConditionalExpression(parent) && child === parent.whenTrue) conditions.push(parent.condition);
    else if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      child === parent.right
    )
      conditions.push(parent.left);
  }
  const parts: string[] = [];
  const visit = (n: ts.Node): void => {
    parts.push(n.getText());
    if (ts.isIdentifier(n)) {
      const decl = checker.getSymbolAtLocation(n)?.valueDeclaration;
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer) parts.push(decl.initializer.getText());
    }
    n.forEachChild(visit);
  };
  conditions.forEach(visit);
  return parts.join('\n');
}

/** Every use of an Excel API member in `files` (plus `extra` in-memory files), with its set and its guard. */
export function findApiUses(files: readonly string[], extra: Record<string, string> = {}): ApiUse[] {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const options = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT).options;
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name in extra ? ts.createSourceFile(name, extra[name], language, true) : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name in extra || fileExists(name);
  const program = ts.createProgram([...files, ...Object.keys(extra)], options, host);
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  for (const file of [...files, ...Object.keys(extra)]) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`not compiled: ${file}`);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const declaration = symbol?.declarations?.[0];
        const found = declaration && apiSetOf(declaration);
        if (found) {
          let guardedBy: string | undefined;
          for (const g of guardText(node, checker).matchAll(GUARD)) {
            if (g[1] === found.set && (!guardedBy || compareVersions(g[2], guardedBy) > 0)) guardedBy = g[2];
          }
          const line = source.getLineAndCharacterOfPosition(node.name.getStart()).line + 1;
          uses.push({ file: path.relative(ROOT, file), line, ...found, guardedBy });
        }
      }
      node.forEachChild(visit);
    };
    visit(source);
  }
  return uses;
}

/** Uses above `minimum` that no enclosing isSetSupported check of at least their version guards. */
export function unguardedUses(uses: readonly ApiUse[], minimum: string): ApiUse[] {
  return uses.filter((u) => {
    if (u.set === 'ExcelApi' && compareVersions(u.version, minimum) <= 0) return false;
    return !u.guardedBy || compareVersions(u.guardedBy, u.version) < 0;
  });
}
