import { notFound } from '../common/app-error.js';
import type { Loaders } from '../common/loaders.js';
import { goalsOfNetwork } from '../goals/goals.loaders.js';
import { proposalById, questionsOfRound } from '../interpretations/interpretations.loaders.js';
import { roundById, roundsOfNetwork } from '../rounds/rounds.loaders.js';
import type { AgendaSuggestionType } from './meetings.types.js';

/**
 * What may go on a meeting's agenda: the agreed interpretations of a round of the network (the one given,
 * else its newest round with an agreed reading) in questionnaire order, then the goals not dropped with
 * their status. Read through the interpretations' and goals' own loaders: a handful of batched queries.
 */
export async function agendaSuggestions(
  loaders: Loaders,
  networkId: string,
  roundId: string | null,
): Promise<AgendaSuggestionType[]> {
  let questions;
  if (roundId) {
    const round = await loaders.of(roundById).load(roundId);
    if (!round || round.networkId !== networkId) throw notFound('Round');
    questions = await loaders.of(questionsOfRound).load(round.id);
  } else {
    const rounds = await loaders.of(roundsOfNetwork).load(networkId);
    const perRound = await Promise.all(rounds.map((round) => loaders.of(questionsOfRound).load(round.id)));
    questions = perRound.find((list) => list.some((question) => question.agreedId)) ?? [];
  }
  const agreed = questions.filter((question) => question.agreedId);
  const proposals = await Promise.all(
    agreed.map((question) => loaders.of(proposalById).load(question.agreedId!)),
  );
  const interpretations = agreed.map((question, i): AgendaSuggestionType => {
    const proposal = proposals[i];
    return {
      kind: 'INTERPRETATION',
      title: `${question.indicatorRow.code} ${question.indicatorRow.text}`,
      text: proposal ? (proposal.outcome ?? proposal.text) : null,
      goalStatus: null,
      goalId: null,
      interpretationId: question.agreedId,
    };
  });
  const goals = (await loaders.of(goalsOfNetwork).load(networkId))
    .filter((goal) => goal.status !== 'DROPPED')
    .map((goal): AgendaSuggestionType => ({
      kind: 'GOAL',
      title: goal.title,
      text: goal.target,
      goalStatus: goal.status,
      goalId: goal.id,
      interpretationId: null,
    }));
  return [...interpretations, ...goals];
}
