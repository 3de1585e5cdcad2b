#!/usr/bin/env node
/**
 * `npm run preview`: builds the add-in when dist/addin is missing or older than the sources, then
 * serves dist/addin over plain http on localhost and prints the preview host's address. The preview
 * runs the real task pane over the in-memory Excel API: no Excel, no office.js, no certificates.
 * PREVIEW_PORT chooses the port (default 3100; 0 = any free port).
 */
const fs = require('fs');
const http = require('http');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const OUTPUT = path.join(ROOT, 'dist', 'addin');
const PAGE = 'previewHost.html';
const SOURCES = ['src', 'assets', 'webpack.config.js', 'package.json'];
/** Written by webpack.config.js into every build: the time the build started, in ms. */
const STAMP = path.join(OUTPUT, '.build-started');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Latest modification time under a file or folder. */
function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .reduce((latest, name) => Math.max(latest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

/** True when the preview page or the stamp is missing, or a source changed since the stamp. */
function needsBuild() {
  if (!fs.existsSync(path.join(OUTPUT, PAGE)) || !fs.existsSync(STAMP)) return true;
  // Sources saved while a build ran are newer than its start, so they trigger the next build.
  const built = Number(fs.readFileSync(STAMP, 'utf8'));
  if (!Number.isFinite(built)) return true;
  return SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > built);
}

/**
 * Runs the production build when needed; throws when it fails. PREVIEW_NO_BUILD=1 uses dist/addin as
 * it is (it must hold the preview page).
 */
function ensureBuilt({ log = console.log } = {}) {
  if (process.env.PREVIEW_NO_BUILD === '1') {
    if (!fs.existsSync(path.join(OUTPUT, PAGE))) throw new Error(`${PAGE} 不存在：请先运行 npm run build`);
    return false;
  }
  if (!needsBuild()) return false;
  log('正在构建加载项（npm run build）…');
  const result = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '--silent'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`npm run build 失败（退出码 ${result.status}）`);
  return true;
}

/** Static files of `root`, GET/HEAD only, nothing outside it. */
function createStaticServer(root = OUTPUT) {
  return http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname === '/') pathname = `/${PAGE}`;
    const file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-cache',
      });
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    });
  });
}

/** Listens on 127.0.0.1; resolves with the server and the preview page's URL. */
function startPreviewServer({ port = 3100, root = OUTPUT } = {}) {
  const server = createStaticServer(root);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://localhost:${actual}/${PAGE}` });
    });
  });
}

async function main() {
  ensureBuilt();
  const port = process.env.PREVIEW_PORT === undefined ? 3100 : Number(process.env.PREVIEW_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PREVIEW_PORT 无效：${process.env.PREVIEW_PORT}`);
  const { url } = await startPreviewServer({ port });
  console.log(`预览已启动：${url}`);
  console.log('按 Ctrl+C 停止。');
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}

module.exports = { ensureBuilt, needsBuild, startPreviewServer, OUTPUT, PAGE };
