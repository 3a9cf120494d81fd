import { Center } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';

import { PageLoader } from '../common/PageLoader';
import { useSession } from './use-session';

/**
 * The signed-in part of the app. Without a session, to sign-in with where the user was (and why,
 * when a session ended under them), so they come back to the same page afterwards.
 */
export function RequireSession() {
  const state = useSession();
  const location = useLocation();
  if (state.status === 'restoring') {
    return (
      <Center h="100vh">
        <PageLoader />
      </Center>
    );
  }
  if (state.status === 'signed-out') {
    const params = new URLSearchParams();
    const here = `${location.pathname}${location.search}`;
    if (here !== '/') params.set('next', here);
    if (state.reason === 'expired' || state.reason === 'revoked')
      params.set('reason', state.reason);
    const query = params.toString();
    return <Navigate to={`/sign-in${query ? `?${query}` : ''}`} replace />;
  }
  return <Outlet />;
}
