/** @type {import('jest').Config} */
module.exports = {
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  testEnvironment: 'node',
  // Several suites spawn the real command line; on a busy 2-core machine one spawn can take seconds.
  testTimeout: 60_000,
  // Two workers even on a 2-core machine: with one, jest runs every suite in band in its own process, and the heap of
  // ~120 suites (property tests, ExcelJS workbooks) outgrows Node's default limit. Workers that grow past the
  // limit below are restarted between suites.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1536MB',
};
