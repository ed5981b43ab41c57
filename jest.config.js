/** Unit and integration tests (node). Browser end-to-end tests run separately from scripts/test.mjs. */
module.exports = {
  testEnvironment: "node",
  // Integration tests against the fake Graph server run hundreds of requests: give a loaded machine time, never a verdict.
  testTimeout: 30_000,
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true } },
    ],
  },
  moduleNameMapper: { "\\.(css)$": "<rootDir>/test/styleStub.js" },
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
};
