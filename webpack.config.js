/**
 * Builds the add-in: the task pane (React) and the ribbon command file, each with its HTML page,
 * and the browser-only preview host (previewHost.html: the task pane over the in-memory Excel API,
 * no office.js) with the sample workbook it opens by default.
 * `webpack --mode production` needs no certificates; `webpack serve` serves https://localhost:3000
 * with the Office dev certificates when office-addin-dev-certs can provide them.
 */
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { sources } = require('webpack');

const DEV_PORT = 3000;
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS_URL = `${OFFICE_JS_ORIGIN}/lib/1/hosted/office.js`;

/**
 * Scripts only from this origin and Microsoft's Office CDN, no network calls anywhere else: the
 * workbook never leaves the machine. Fluent UI (Griffel) injects its styles at run time, hence the
 * inline styles.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_JS_ORIGIN}`,
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

/**
 * The ECMAScript version every shipped bundle is compiled to: what the oldest webview of a host with
 * ExcelApi 1.9 parses (Excel 2019/2021 on Windows 10 with Edge Legacy, EdgeHTML 18; Safari 11+ on Mac).
 * Our TypeScript and every package in node_modules (React, Fluent UI, ExcelJS …) are transpiled to it;
 * test/build/bundleSyntax.test.ts parses dist/addin/*.js at this version. Internet Explorer 11 (Office
 * 2019 on Windows 7/8.1 and older Windows 10) cannot run React 18 or Fluent UI at any target: hostCheck.js
 * shows it '请更新 Excel' instead (docs/COMPATIBILITY.md).
 */
const ES_TARGET = 'es2017';

/** Files copied as they are into dist/addin, relative to the project: the icons and the preview's sample. */
const COPIED_ASSETS = [
  // ES5, outside webpack: runs before the bundles in every page and explains an unsupported webview.
  'src/commands/hostCheck.js',
  ...fs
    .readdirSync(path.resolve(__dirname, 'assets'))
    .filter((f) => /^icon-\d+\.png$/.test(f))
    .map((f) => `assets/${f}`),
  'assets/samples/sample-2024.xlsx',
];

/** Copies the icons (the manifest points at them) and the sample without a plugin package. */
class CopyAssetsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CopyAssetsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'CopyAssetsPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const name of COPIED_ASSETS) {
            const file = path.resolve(__dirname, name);
            compilation.fileDependencies.add(file);
            compilation.emitAsset(
              name.startsWith('src/') ? path.basename(name) : name,
              new sources.RawSource(fs.readFileSync(file)),
            );
          }
        },
      );
    });
  }
}

/**
 * Writes .build-started (the time this build began, in ms) into the output: `npm run preview` and the
 * browser test rebuild only when a source is newer. webpack leaves unchanged files untouched, so file
 * times in dist/addin cannot tell.
 */
class BuildStampPlugin {
  apply(compiler) {
    let started = Date.now();
    compiler.hooks.compile.tap('BuildStampPlugin', () => {
      started = Date.now();
    });
    compiler.hooks.thisCompilation.tap('BuildStampPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'BuildStampPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => compilation.emitAsset('.build-started', new sources.RawSource(String(started))),
      );
    });
  }
}

/** The dev certificates, when the package can give them; otherwise webpack-dev-server's own. */
async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    console.warn(`office-addin-dev-certs unavailable (${e.message}); using a self-signed certificate.`);
    return {};
  }
}

module.exports = async function webpackConfig(_env, argv) {
  const production = argv.mode !== 'development';
  const page = (name, template, chunk = name) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks: [chunk],
      officeJs: OFFICE_JS_URL,
      csp: CONTENT_SECURITY_POLICY,
    });
  /** hostCheck.js first in every page's head (before office.js and the deferred bundles). */
  const hostCheck = {
    apply(compiler) {
      compiler.hooks.compilation.tap('HostCheck', (compilation) => {
        HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('HostCheck', (data) => {
          data.headTags.unshift(
            HtmlWebpackPlugin.createHtmlTagObject('script', { src: 'hostCheck.js' }, undefined, {
              plugin: 'HostCheck',
            }),
          );
          return data;
        });
      });
    },
  };

  return {
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      preview: './src/preview/index.tsx',
    },
    output: {
      // dist/ also holds the compiled command line (dist/cli, dist/engine): the add-in gets its own folder.
      path: path.resolve(__dirname, 'dist', 'addin'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    // The webpack runtime itself in ES2017 syntax too.
    target: ['web', ES_TARGET],
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      // ExcelJS's browser build (its package.json "browser" field) is one self-contained bundle: no need to parse it.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ES modules out of ts-loader (tsconfig says commonjs for jest/node), so webpack can tree-shake Fluent UI.
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', target: ES_TARGET } },
          },
        },
        {
          // Packages ship ES2018–ES2022 syntax (optional chaining, class fields, object spread …): esbuild
          // lowers it to ES2017 (about 1 s on the whole of node_modules the add-in uses).
          test: /\.[cm]?js$/,
          include: /node_modules/,
          loader: 'esbuild-loader',
          options: { target: ES_TARGET },
        },
      ],
    },
    // No eval-based source maps: the Content-Security-Policy forbids eval.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    performance: { hints: false },
    plugins: [
      page('taskpane', './src/taskpane/taskpane.html'),
      page('commands', './src/commands/commands.html'),
      page('previewHost', './src/preview/previewHost.html', 'preview'),
      new CopyAssetsPlugin(),
      hostCheck,
      new BuildStampPlugin(),
    ],
    devServer: production
      ? undefined
      : {
          port: DEV_PORT,
          server: { type: 'https', options: await httpsOptions() },
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
        },
  };
};

// The policy and the Office CDN, for test/safety (every page gets exactly this policy).
module.exports.CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY;
module.exports.OFFICE_JS_ORIGIN = OFFICE_JS_ORIGIN;
module.exports.OFFICE_JS_URL = OFFICE_JS_URL;
