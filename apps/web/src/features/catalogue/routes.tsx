import type { RouteObject } from 'react-router';

// Each page is its own chunk, loaded when its route is first visited (the first load stays small).
export const catalogueRoutes: RouteObject[] = [
  { path: 'catalogue', lazy: async () => ({ Component: (await import('./CataloguePage')).CataloguePage }) },
  {
    path: 'catalogue/import',
    lazy: async () => ({ Component: (await import('./ImportWizard')).ImportWizard }),
  },
  {
    path: 'catalogue/import/kolada',
    lazy: async () => ({ Component: (await import('./KoladaImport')).KoladaImport }),
  },
  {
    path: 'catalogue/sets/:id',
    lazy: async () => ({ Component: (await import('./IndicatorSetPage')).IndicatorSetPage }),
  },
];
