import { createBrowserRouter } from 'react-router';

import { RequireSession } from '../auth/RequireSession';
import { SignInPage } from '../auth/SignInPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

/**
 * The pages. Sign-in and the layout are in the first download; each page is its own chunk,
 * fetched when first visited (route-level code splitting).
 */
export const router = createBrowserRouter([
  { path: '/sign-in', Component: SignInPage },
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
            path: 'offers/:id',
            lazy: async () => ({ Component: (await import('../offers/OfferPage')).OfferPage }),
          },
          {
            path: 'proposals',
            lazy: async () => ({
              Component: (await import('../proposals/ProposalsPage')).ProposalsPage,
            }),
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
