import type { ComponentType } from 'react';

/** Extra sections of the round page contributed by other features (e.g. interpretation), in order. */
export interface RoundSectionProps {
  roundId: string;
}

export const roundSections: { key: string; Component: ComponentType<RoundSectionProps> }[] = [];
