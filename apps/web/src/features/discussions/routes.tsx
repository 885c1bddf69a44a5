import { lazy, Suspense, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { goalSections } from '../../shared/goal-sections';
import { meetingSections } from '../../shared/meeting-sections';
import { networkSections } from '../../shared/network-sections';
import { questionSections } from '../../shared/question-actions';
import { addRoundSection } from '../../shared/round-sections';
import { registerDiscussionEvents } from './live';

export const discussionRoutes: RouteObject[] = [
  {
    path: 'comments/:id',
    lazy: async () => ({ Component: (await import('./CommentPermalinkPage')).CommentPermalinkPage }),
  },
  {
    path: 'networks/:id/discussions',
    lazy: async () => ({ Component: (await import('./DiscussionSearchPage')).DiscussionSearchPage }),
  },
];

registerDiscussionEvents();

type SectionName = 'NetworkDiscussion' | 'QuestionDiscussion' | 'GoalDiscussion' | 'MeetingDiscussion';

/** A section as its own chunk (the markdown renderer comes with it), with its own loading boundary. */
function section<P extends object>(name: SectionName): ComponentType<P> {
  const Lazy = lazy(async () => ({
    default: (await import('./sections'))[name] as unknown as ComponentType<P>,
  }));
  return (props: P) => (
    <Suspense fallback={null}>
      <Lazy {...props} />
    </Suspense>
  );
}

networkSections.push({ key: 'discussion', Component: section('NetworkDiscussion') });
addRoundSection('discussion', async () => (await import('./sections')).RoundDiscussion);
questionSections.push({ key: 'discussion', Component: section('QuestionDiscussion') });
goalSections.push({ key: 'discussion', Component: section('GoalDiscussion') });
meetingSections.push({ key: 'discussion', Component: section('MeetingDiscussion') });
