const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** The production URL the manifest points at; set NEXTSTEP_DEPLOY_URL when building for your host. */
function deployUrl() {
  const raw = process.env.NEXTSTEP_DEPLOY_URL || "https://www.contoso.com/nextstep/";
  if (!/^https:\/\/[^/\s]+/.test(raw)) {
    throw new Error(`NEXTSTEP_DEPLOY_URL must be an https:// URL, got "${raw}"`);
  }
  return raw.endsWith("/") ? raw : raw + "/";
}

/** Rewrites every dev URL in the manifest to the deploy URL (and its origin in AppDomains). */
function rewriteManifest(content, targetUrl) {
  const devOrigin = new URL(DEV_URL).origin;
  const targetOrigin = new URL(targetUrl).origin;
  return content.toString().split(DEV_URL).join(targetUrl).split(devOrigin).join(targetOrigin);
}

/** HTTPS options: trusted Office dev certificates where they can be installed, else a self-signed fallback. */
async function httpsOptions() {
  if (process.env.CI || process.env.NEXTSTEP_NO_DEV_CERTS) {
    return undefined;
  }
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    console.warn(
      `NextStep: could not install Office dev certificates (${error && error.message}). ` +
        "Serving with a self-signed certificate instead: the browser preview works after you accept it, " +
        "but Excel will not load the add-in until the certificate is trusted (run `npx office-addin-dev-certs install`).",
    );
    return undefined;
  }
}

/** The chunk groups each start needs before it can show anything (src/taskpane/index.ts names them). */
const START_GROUPS = { preview: ["preview-boot"], previewLater: ["preview"], hosted: ["hosted"] };

/** The lazy JS and CSS files of the named chunk groups (initial chunks are the page's own tags). */
function lazyFiles(compilation, groupNames) {
  const files = new Set();
  for (const name of groupNames) {
    const group = compilation.namedChunkGroups.get(name);
    for (const chunk of group ? group.chunks : []) {
      if (chunk.canBeInitial()) continue;
      for (const file of chunk.files) if (/\.(js|css)$/.test(file)) files.add(file);
    }
  }
  return [...files];
}

/** Each start's lazy files, the preview's React half without what its first half already loads. */
function startChunks(compilation) {
  const preview = lazyFiles(compilation, START_GROUPS.preview);
  return {
    preview,
    previewLater: lazyFiles(compilation, START_GROUPS.previewLater).filter((file) => !preview.includes(file)),
    hosted: lazyFiles(compilation, START_GROUPS.hosted),
  };
}

/**
 * Writes each start's chunk files into taskpane.html, whose inline script preloads one set: the hosted pane's when
 * an Office host is in sight (they download beside office.js), else the browser preview's first half. Either way
 * they arrive beside the small entry rather than after it has run. start-chunks.json lists them (and the preview's
 * React half, fetched once the first counts show) for the bundle bench and tests.
 */
class StartChunksPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("StartChunksPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("StartChunksPlugin", (data) => {
        if (data.outputName !== "taskpane.html") return data;
        const files = startChunks(compilation);
        data.html = data.html
          .replace('"__PREVIEW_CHUNKS__"', JSON.stringify(files.preview))
          .replace('"__HOSTED_CHUNKS__"', JSON.stringify(files.hosted));
        return data;
      });
      compilation.hooks.processAssets.tap(
        { name: "StartChunksPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          if (!compilation.namedChunkGroups.get("hosted")) return; // a bench baseline's build
          const json = JSON.stringify(startChunks(compilation), null, 2);
          compilation.emitAsset("start-chunks.json", new compiler.webpack.sources.RawSource(json));
        },
      );
    });
  }
}

/**
 * V8's explicit compile hint (Chrome 136+, so Edge's WebView2 and Excel on the web in Chromium browsers): the magic
 * comment `//# allFunctionsCalledOnLoad` on a script's first line has every function in it compiled eagerly, on a
 * background thread while the script streams in, instead of lazily on the main thread at first call. Only for the
 * scripts whose code runs as the pane starts: every page's first scripts and the chunks each start preloads (the
 * other lazy chunks load on first use). Other engines read it as a comment. Added after minification (which drops
 * comments) and before the source maps are written, so the maps account for the extra line.
 */
class CompileHintPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.compilation.tap("CompileHintPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "CompileHintPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 50 },
        () => {
          const startup = new Set();
          for (const name of Object.values(START_GROUPS).flat()) {
            const group = compilation.namedChunkGroups.get(name);
            for (const chunk of group ? group.chunks : []) startup.add(chunk);
          }
          for (const chunk of compilation.chunks) if (chunk.canBeInitial()) startup.add(chunk);
          for (const chunk of startup) {
            for (const file of chunk.files) {
              if (!file.endsWith(".js")) continue;
              compilation.updateAsset(
                file,
                (source) => new sources.ConcatSource("//# allFunctionsCalledOnLoad\n", source),
              );
            }
          }
        },
      );
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const target = dev ? DEV_URL : deployUrl();
  const https = env && env.WEBPACK_SERVE ? await httpsOptions() : undefined;
  return {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.ts",
      commands: "./src/commands/commands.ts",
      // The .ics download page Office on Mac/iPad opens in the rep's browser (src/outlook/handoff).
      "ics-download": "./src/outlook/handoff/icsDownloadPage.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // What Excel's start needs besides the core (React, Fluent, the pane's components) as one chunk rather than
          // the few that its different sharers (the preview's React half, the connecting screen) would split it into:
          // one request, and less to unzip than the same code in pieces. Those sharers load it too (no second copy);
          // whatever the preview's first half also loads (the core, the store) stays out, so that half never carries
          // React. Griffel's stylesheet stays its own.
          paneUi: {
            name: "pane-ui",
            chunks: (chunk) => ["hosted", "preview", "connecting"].includes(chunk.name),
            test: (module, { chunkGraph }) => {
              const names = new Set([...chunkGraph.getModuleChunks(module)].map((chunk) => chunk.name));
              return !module.type.startsWith("css") && names.has("hosted") && !names.has("preview-boot");
            },
            priority: 20,
            enforce: true,
          },
          // The core, the Excel adapter and the pane's store: what both starts read the sheet with.
          paneCore: {
            name: "pane-core",
            chunks: (chunk) => chunk.name === "hosted" || chunk.name === "preview-boot",
            test: (module, { chunkGraph }) => {
              const names = new Set([...chunkGraph.getModuleChunks(module)].map((chunk) => chunk.name));
              return !module.type.startsWith("css") && names.has("hosted") && names.has("preview-boot");
            },
            priority: 10,
            enforce: true,
          },
        },
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Griffel's ahead-of-time pass turns our makeStyles calls into precomputed class maps (as Fluent's own
          // packages ship), so the pane does not carry or run the CSS-in-JS resolver at start. It runs on ts-loader's
          // output (loaders apply last to first).
          use: [
            // Moves the rules of the precomputed class maps into a .css file (see the node_modules rule below).
            GriffelCSSExtractionPlugin.loader,
            // Its evaluator reads the modules our styles import (stateColours.ts…) as TypeScript.
            { loader: "@griffel/webpack-loader", options: { babelOptions: { presets: ["@babel/preset-typescript"] } } },
            { loader: "ts-loader", options: { transpileOnly: true } },
          ],
        },
        {
          // Fluent's packages ship precomputed class maps whose CSS Griffel would insert at run time, rule by rule, on
          // every start: extracted, the rules arrive as one stylesheet the page links, and the pane only adds class
          // names. The plugin sorts all rules into Griffel's bucket order in a single "griffel" chunk (lazy chunks'
          // rules included), which is what keeps mergeClasses' "last one wins" true across files.
          test: /\.m?js$/,
          include: /[\\/]node_modules[\\/]@fluentui[\\/]/,
          use: [GriffelCSSExtractionPlugin.loader],
        },
        {
          test: /\.css$/,
          use: [MiniCssExtractPlugin.loader, "css-loader"],
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // ignoreOrder: Griffel sorts its own rules; module order across chunks does not matter for them.
      new MiniCssExtractPlugin({
        filename: dev ? "[name].css" : "[name].[contenthash:8].css",
        chunkFilename: dev ? "[name].chunk.css" : "[name].[contenthash:8].chunk.css",
        ignoreOrder: true,
      }),
      new GriffelCSSExtractionPlugin(),
      // Outlook sign-in is configured at build time; empty values make the pane offer the no-sign-in paths.
      new webpack.DefinePlugin({
        "process.env.NEXTSTEP_CLIENT_ID": JSON.stringify(process.env.NEXTSTEP_CLIENT_ID || ""),
        "process.env.NEXTSTEP_AUTHORITY": JSON.stringify(
          process.env.NEXTSTEP_AUTHORITY || "https://login.microsoftonline.com/common",
        ),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new StartChunksPlugin(),
      ...(dev ? [] : [new CompileHintPlugin()]),
      new HtmlWebpackPlugin({
        filename: "ics-download.html",
        template: "./src/outlook/handoff/ics-download.html",
        chunks: ["ics-download"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/support.html", to: "support.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => (dev ? content : rewriteManifest(content, target)),
          },
        ],
      }),
    ],
    devServer: {
      hot: false,
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "https" },
      static: { directory: path.resolve(__dirname, "dist") },
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.DEV_URL = DEV_URL;
module.exports.START_GROUPS = START_GROUPS;
