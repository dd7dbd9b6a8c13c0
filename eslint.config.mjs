// Lint: typescript-eslint's recommended rules with type information, plus the two that catch what
// the compiler does not: a promise nobody awaits, and a switch that forgets a case of a union.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "node_modules/",
      "coverage/",
      "bench/corpus/",
      "bench/results/",
      "tests/artifacts/",
      ".neo4j*/",
      "**/*.js",
      "**/*.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      // Control characters in a pattern are how the input checks find control characters.
      "no-control-regex": "off",
    },
  },
  // Tests read GraphQL answers as untyped JSON.
  { files: ["tests/**"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
);
