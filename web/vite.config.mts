import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

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
  build: {
    outDir: here("../dist/web"),
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
