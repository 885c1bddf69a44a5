import type { ResultOf } from '../../graphql/graphql';
import type { RoundPhase } from '@samrad/domain';
import type { ROUND_INTERPRETATIONS } from './interpretations.graphql';

type Round = NonNullable<ResultOf<typeof ROUND_INTERPRETATIONS>['round']>;
export type ProposalView = Round['interpretations'][number];
export type QuestionView = Round['questions'][number];

/** What the signed-in person may do on the page (from `can()`, the API's own rules). */
export interface InterpretationAccess {
  userId: string;
  phase: RoundPhase;
  isCoordinator: boolean;
  canPropose: boolean;
  /** Municipalities the person takes positions for (head or editor). */
  municipalities: { id: string; name: string }[];
}
