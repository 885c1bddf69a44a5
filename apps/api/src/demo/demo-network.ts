import type { EntityManager } from 'typeorm';

/**
 * What the network seed (demo.seed.ts) made, for the seeds that build on it (indicator set, rounds,
 * answers). A file of its own so those seeds do not import demo.seed.ts, which imports them.
 */
export interface DemoMunicipality {
  id: string;
  name: string;
  headId: string;
  editorId: string;
}

export interface DemoNetwork {
  manager: EntityManager;
  networkId: string;
  coordinatorId: string;
  municipalities: DemoMunicipality[];
}

/** A moment relative to the day the demo is seeded (negative: before it). */
export const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000);
