import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const target = here("../dist/web");
const staging = `${target}.${process.pid}.next`;

/**
 * Builds into a folder of its own, then swaps it for dist/web in two renames: a server (or a
 * test) reading dist/web while someone rebuilds sees the old pages or the new ones, never an
 * empty folder, as it would with vite emptying dist/web first.
 */
function swapIntoPlace(): Plugin {
  return {
    name: "newsgraph:swap-into-dist-web",
    apply: "build",
    closeBundle() {
      const previous = `${target}.${process.pid}.old`;
      if (fs.existsSync(target)) fs.renameSync(target, previous);
      fs.renameSync(staging, target);
      fs.rmSync(previous, { recursive: true, force: true });
    },
  };
}

/**
 * Builds the researcher's pages into dist/web (git-ignored) as part of `npm run build`, so that
 * `newsgraph serve` has them after `npm ci`. Everything is bundled, fonts and styles included:
 * the pages must work on a closed network (the server forbids other hosts by CSP as well).
 */
export default defineConfig({
  root: here("."),
  base: "/",
  publicDir: false,
  logLevel: "warn",
  plugins: [swapIntoPlace()],
  build: {
    outDir: staging,
    emptyOutDir: true,
    // GraphiQL's editor (Monaco) is large by nature; it is served from loopback or a LAN.
    chunkSizeWarningLimit: 6000,
    sourcemap: false,
    rolldownOptions: {
      input: {
        explorer: here("explorer/index.html"),
        playground: here("playground/index.html"),
      },
      // React libraries mark modules "use client" for server-side frameworks; meaningless here.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
  },
  worker: { format: "es" },
});
