import { Navigate, type RouteObject } from 'react-router';
import { loadTexts } from '../app/i18n/i18n';
import { PublicRouteError } from './public-route-error';

/**
 * The pages for anyone, under /public/. Both route trees carry them: the light public entry's
 * (public-app.tsx, a first visit to a public address) and the signed-in app's (router.tsx, a
 * visitor who follows the login page's link). Each page is a lazy route that loads its code and
 * its texts' namespace together; PublicLayout (header with the language switch and the login
 * link, footer) frames them. To add a page: a child route here, drawn without antd (public-ui.tsx,
 * public.css, the table and select pieces in this folder), and a row in docs/web-performance.md.
 */
/** 案例精选: the published editions, their cases and the search, inside the public frame. */
const caseCollectionRoutes: RouteObject[] = (
  [
    ['case-collections', 'PublicCollectionsPage'],
    ['case-collections/:id', 'PublicCollectionPage'],
    ['case-collections/:id/cases/:caseId', 'PublicCasePage'],
    ['cases', 'PublicCaseSearchPage'],
  ] as const
).map(([path, name]) => ({
  path,
  lazy: async () => {
    const [pages] = await Promise.all([
      import('../features/case-collections/public-case-pages'),
      loadTexts(['caseCollections']),
    ]);
    return { Component: pages[name] };
  },
}));

export const publicRoutes: RouteObject[] = [
  {
    path: 'public',
    lazy: async () => ({ Component: (await import('./public-layout')).PublicLayout }),
    errorElement: <PublicRouteError />,
    children: [
      { index: true, element: <Navigate to="benchmarks" replace /> },
      {
        // errors of a page show inside the frame, which keeps its language switch and login link
        errorElement: <PublicRouteError />,
        children: [
          {
            // 工资价位查询
            path: 'benchmarks',
            lazy: async () => {
              const [{ PublicBenchmarksPage }] = await Promise.all([
                import('../features/benchmarks/public-benchmarks-page'),
                loadTexts(['benchmarks']),
              ]);
              return { Component: PublicBenchmarksPage };
            },
          },
          {
            // 高技能领军人才名录: the published editions and one edition's public list
            path: 'talent-lists',
            lazy: async () => {
              const [{ PublicTalentListsPage }] = await Promise.all([
                import('../features/talent-lists/public-talent-list-pages'),
                loadTexts(['talentLists']),
              ]);
              return { Component: PublicTalentListsPage };
            },
          },
          {
            path: 'talent-lists/:id',
            lazy: async () => {
              const [{ PublicTalentListPage }] = await Promise.all([
                import('../features/talent-lists/public-talent-list-pages'),
                loadTexts(['talentLists']),
              ]);
              return { Component: PublicTalentListPage };
            },
          },
          {
            // 示范单位: the demonstration enterprises and model districts with their reasons
            path: 'demonstration-units',
            lazy: async () => {
              const [{ PublicDemonstrationUnitsPage }] = await Promise.all([
                import('../features/evaluation/public-demonstration-units-page'),
                loadTexts(['evaluation']),
              ]);
              return { Component: PublicDemonstrationUnitsPage };
            },
          },
          {
            // 政策问答: the published answers to hot questions, searched and filtered by topic
            path: 'policy-qa',
            lazy: async () => {
              const [{ PublicPolicyQaPage }] = await Promise.all([
                import('../features/policy-qa/public-policy-qa-page'),
                loadTexts(['policyQa']),
              ]);
              return { Component: PublicPolicyQaPage };
            },
          },
          ...caseCollectionRoutes,
          {
            path: '*',
            lazy: async () => ({ Component: (await import('./public-layout')).PublicNotFound }),
          },
        ],
      },
    ],
  },
];
