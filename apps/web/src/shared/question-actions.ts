import type { ComponentType } from 'react';
import type { RoundPhase } from '@samrad/domain';

/**
 * Actions other features offer on one question of a round's compilation (e.g. "create a goal from
 * this question"), shown on the question's page in order. Each decides itself whether it applies.
 */
export interface QuestionActionProps {
  networkId: string;
  roundId: string;
  roundPhase: RoundPhase;
  indicatorId: string;
  /** Coordinator of the round's network. */
  isCoordinator: boolean;
}

export const questionActions: { key: string; Component: ComponentType<QuestionActionProps> }[] = [];

/** Sections other features add below a question's figures (e.g. its discussion), in order. */
export interface QuestionSectionProps {
  networkId: string;
  roundId: string;
  indicatorId: string;
}

export const questionSections: { key: string; Component: ComponentType<QuestionSectionProps> }[] = [];
