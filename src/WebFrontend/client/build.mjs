// Bundles the browser code and styles into ../wwwroot/dist (ES module + one CSS file).
import { build } from "esbuild";

await build({
  entryPoints: { site: "src/site.js" },
  bundle: true,
  format: "esm",
  target: ["es2020"],
  minify: true,
  sourcemap: true,
  outdir: "../wwwroot/dist",
  logLevel: "warning",
});

await build({
  entryPoints: { site: "src/site.css" },
  bundle: true,
  minify: true,
  outdir: "../wwwroot/dist",
  loader: { ".woff": "file", ".woff2": "file", ".svg": "file" },
  logLevel: "warning",
});
