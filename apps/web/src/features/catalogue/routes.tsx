import type { RouteObject } from 'react-router';
import { CataloguePage } from './CataloguePage';
import { ImportWizard } from './ImportWizard';
import { IndicatorSetPage } from './IndicatorSetPage';
import { KoladaImport } from './KoladaImport';

export const catalogueRoutes: RouteObject[] = [
  { path: 'catalogue', element: <CataloguePage /> },
  { path: 'catalogue/import', element: <ImportWizard /> },
  { path: 'catalogue/import/kolada', element: <KoladaImport /> },
  { path: 'catalogue/sets/:id', element: <IndicatorSetPage /> },
];
