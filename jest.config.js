/** One jest run, five kinds of test: faults are the fault and abuse tests. PGlite needs --experimental-vm-modules (scripts/test.mjs sets it). */
const ts = { '^.+\\.tsx?$': 'ts-jest' }
const base = { testEnvironment: 'node', transform: ts, roots: ['<rootDir>/tests'] }

module.exports = {
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] },
    { ...base, displayName: 'faults', testMatch: ['<rootDir>/tests/faults/**/*.test.ts'] },
    { ...base, displayName: 'simulate', testMatch: ['<rootDir>/tests/simulate/**/*.test.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] },
  ],
}
