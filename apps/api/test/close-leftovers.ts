import { stopLeftovers } from './leftovers.js';

// after the test file's own hooks: whatever it started and could not stop (see leftovers.ts)
afterAll(() => stopLeftovers(), 60_000);
