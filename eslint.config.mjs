import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// package.json overrides typescript-eslint so eslint-plugin-office-addins and this file share one copy (two copies
// cannot both register "@typescript-eslint"). The office-addins "react" preset only matches .ts/.js; we extend it to .tsx.
const tsPlugin = tseslint.plugin;
const tsxParser = tseslint.parser;

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "build-tsc/**", "test-results/**"] },
  ...officeAddins.configs.react,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    languageOptions: {
      parser: tsxParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        ...globals.browser,
        ...globals.node,
        Office: "readonly",
        Excel: "readonly",
        OfficeExtension: "readonly",
      },
    },
    plugins: { "react-hooks": reactHooks, "office-addins": officeAddins, "@typescript-eslint": tsPlugin },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "prettier/prettier": "off",
    },
  },
  {
    files: ["**/*.cjs", "jest.config.js", "webpack.config.js", "test/styleStub.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
