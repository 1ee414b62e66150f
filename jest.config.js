/** One jest run, five kinds of test: faults are the fault and abuse tests. PGlite needs --experimental-vm-modules (scripts/test.mjs sets it). */
const ts = { '^.+\\.tsx?$': 'ts-jest' }
const base = { testEnvironment: 'node', transform: ts, roots: ['<rootDir>/tests'] }

module.exports = {
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  // Tests and hooks not given a bound of their own (the ones that open databases, hosts and
  // browsers are: tests/support/hooks.ts) get one that a loaded machine still meets.
  testTimeout: 60_000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] },
    { ...base, displayName: 'faults', testMatch: ['<rootDir>/tests/faults/**/*.test.ts'] },
    { ...base, displayName: 'simulate', testMatch: ['<rootDir>/tests/simulate/**/*.test.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] },
  ],
}
