/** Browser end-to-end tests: the production build in Debian's Chromium, driven by playwright-core (run in band). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true } },
    ],
  },
  globalSetup: "<rootDir>/test/e2e/support/globalSetup.ts",
  // Every e2e test fails on a console error or warning of its pages.
  setupFilesAfterEnv: ["<rootDir>/test/e2e/support/consoleGuard.ts"],
  maxWorkers: 1,
  testTimeout: 120000,
  slowTestThreshold: 30,
};
