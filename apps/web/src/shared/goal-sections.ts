import type { ComponentType } from 'react';

/** Extra sections of the goal page contributed by other features (e.g. its discussion), in order. */
export interface GoalSectionProps {
  goalId: string;
  networkId: string;
}

export const goalSections: { key: string; Component: ComponentType<GoalSectionProps> }[] = [];
