import type { RouteObject } from 'react-router';
import { networkSections } from '../../shared/network-sections';
import { NetworkRounds } from './NetworkRounds';
import { RoundPage } from './RoundPage';

export const roundRoutes: RouteObject[] = [{ path: 'rounds/:id', element: <RoundPage /> }];

networkSections.push({ key: 'rounds', Component: NetworkRounds });
