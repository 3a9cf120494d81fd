import { createBrowserRouter } from 'react-router';

import { RequireSession } from '../auth/RequireSession';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

/**
 * The pages. The layout is in the first download; each page is its own chunk, fetched when first
 * visited (route-level code splitting). Sign-in too: a signed-in user reloading a page never needs
 * it nor its form library.
 */
export const router = createBrowserRouter([
  {
    path: '/sign-in',
    lazy: async () => ({ Component: (await import('../auth/SignInPage')).SignInPage }),
  },
  // Public: the pledge summary is readable without signing in (the API answers it to anyone).
  {
    path: '/public/pledges',
    lazy: async () => ({
      Component: (await import('../pledges/PublicPledgeSummaryPage')).PublicPledgeSummaryPage,
    }),
  },
  {
    Component: RequireSession,
    children: [
      {
        Component: AppLayout,
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('../home/HomePage')).HomePage }),
          },
          {
            path: 'gaps',
            lazy: async () => ({
              Component: (await import('../gaps/GapRegisterPage')).GapRegisterPage,
            }),
          },
          {
            path: 'gaps/new',
            lazy: async () => ({ Component: (await import('../gaps/GapFormPage')).GapFormPage }),
          },
          {
            path: 'gaps/:id',
            lazy: async () => ({ Component: (await import('../gaps/GapPage')).GapPage }),
          },
          {
            path: 'gaps/:id/edit',
            lazy: async () => ({ Component: (await import('../gaps/GapFormPage')).GapFormPage }),
          },
          {
            path: 'offers',
            lazy: async () => ({
              Component: (await import('../offers/OfferRegisterPage')).OfferRegisterPage,
            }),
          },
          {
            path: 'offers/new',
            lazy: async () => ({
              Component: (await import('../offers/OfferFormPage')).OfferFormPage,
            }),
          },
          {
            path: 'offers/:id/edit',
            lazy: async () => ({
              Component: (await import('../offers/OfferFormPage')).OfferFormPage,
            }),
          },
          {
            path: 'offers/:id',
            lazy: async () => ({ Component: (await import('../offers/OfferPage')).OfferPage }),
          },
          {
            path: 'proposals',
            lazy: async () => ({
              Component: (await import('../proposals/ProposalsPage')).ProposalsPage,
            }),
          },
          {
            path: 'partnerships',
            lazy: async () => ({
              Component: (await import('../partnerships/PartnershipsPage')).PartnershipsPage,
            }),
          },
          {
            path: 'partnerships/:id',
            lazy: async () => ({
              Component: (await import('../partnerships/PartnershipPage')).PartnershipPage,
            }),
          },
          {
            path: 'runs',
            lazy: async () => ({
              Component: (await import('../runs/MatchRunsPage')).MatchRunsPage,
            }),
          },
          {
            path: 'runs/:id',
            lazy: async () => ({
              Component: (await import('../runs/MatchRunPage')).MatchRunPage,
            }),
          },
          {
            path: 'what-if',
            lazy: async () => ({
              Component: (await import('../runs/WhatIfPage')).WhatIfPage,
            }),
          },
          {
            path: 'dashboard',
            lazy: async () => ({
              Component: (await import('../dashboard/DashboardPage')).DashboardPage,
            }),
          },
          {
            path: 'notifications',
            lazy: async () => ({
              Component: (await import('../notifications/NotificationsPage')).NotificationsPage,
            }),
          },
          {
            path: 'import',
            lazy: async () => ({
              Component: (await import('../imports/ImportPage')).ImportPage,
            }),
          },
          {
            path: 'pledges',
            lazy: async () => ({
              Component: (await import('../pledges/PledgeRegisterPage')).PledgeRegisterPage,
            }),
          },
          {
            path: 'pledges/new',
            lazy: async () => ({
              Component: (await import('../pledges/PledgeFormPage')).PledgeFormPage,
            }),
          },
          {
            path: 'pledges/:id',
            lazy: async () => ({ Component: (await import('../pledges/PledgePage')).PledgePage }),
          },
          {
            path: 'ministerials',
            lazy: async () => ({
              Component: (await import('../pledges/MinisterialsPage')).MinisterialsPage,
            }),
          },
          {
            path: 'ministerials/:id',
            lazy: async () => ({
              Component: (await import('../pledges/MinisterialPage')).MinisterialPage,
            }),
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
