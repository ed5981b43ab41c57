/**
 * Runs after each e2e test (jest.e2e.config.js `setupFilesAfterEnv`): any console error or warning, or uncaught
 * exception, of any page the test opened fails it, so no screen may log one.
 */
import { takeConsoleProblems } from "./browser";

afterEach(() => {
  expect(takeConsoleProblems()).toEqual([]);
});
