import { useQuery } from '@apollo/client/react';
import { questionSubjectId } from '@samrad/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../graphql/graphql';
import type { GoalSectionProps } from '../../shared/goal-sections';
import type { MeetingSectionProps } from '../../shared/meeting-sections';
import type { NetworkSectionProps } from '../../shared/network-sections';
import type { QuestionSectionProps } from '../../shared/question-actions';
import type { RoundSectionProps } from '../../shared/round-sections';
import { ThreadPanel } from './ThreadPanel';

/** The discussion sections other pages show through their registries (routes.tsx adds them). */
export function NetworkDiscussion({ networkId }: NetworkSectionProps) {
  const { t } = useTranslation('discussions');
  return (
    <>
      <p>
        <Link to={`/networks/${networkId}/discussions`}>{t('search.link')}</Link>
      </p>
      <ThreadPanel subjectType="NETWORK" subjectId={networkId} networkId={networkId} />
    </>
  );
}

const ROUND_NETWORK = graphql(`
  query RoundDiscussionNetwork($id: ID!) {
    round(id: $id) {
      id
      network {
        id
      }
    }
  }
`);

export function RoundDiscussion({ roundId }: RoundSectionProps) {
  const { data } = useQuery(ROUND_NETWORK, { variables: { id: roundId } });
  const networkId = data?.round?.network.id;
  return networkId ? <ThreadPanel subjectType="ROUND" subjectId={roundId} networkId={networkId} /> : null;
}

export function QuestionDiscussion({ networkId, roundId, indicatorId }: QuestionSectionProps) {
  return (
    <ThreadPanel
      subjectType="INDICATOR"
      subjectId={questionSubjectId(roundId, indicatorId)}
      networkId={networkId}
    />
  );
}

export function GoalDiscussion({ goalId, networkId }: GoalSectionProps) {
  return <ThreadPanel subjectType="GOAL" subjectId={goalId} networkId={networkId} />;
}

/** Meeting events go to the network's room (no `meeting:` room), so the panel follows that room. */
export function MeetingDiscussion({ meetingId, networkId }: MeetingSectionProps) {
  return (
    <ThreadPanel
      subjectType="MEETING"
      subjectId={meetingId}
      networkId={networkId}
      room={`network:${networkId}`}
    />
  );
}
