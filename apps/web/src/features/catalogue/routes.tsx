import type { RouteObject } from 'react-router';
import { CataloguePage } from './CataloguePage';
import { ImportWizard } from './ImportWizard';
import { IndicatorSetPage } from './IndicatorSetPage';

export const catalogueRoutes: RouteObject[] = [
  { path: 'catalogue', element: <CataloguePage /> },
  { path: 'catalogue/import', element: <ImportWizard /> },
  { path: 'catalogue/sets/:id', element: <IndicatorSetPage /> },
];
