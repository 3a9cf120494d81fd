import { useSyncExternalStore } from 'react';

import { session, type SessionUser } from './session';

export function useSession() {
  return useSyncExternalStore(session.subscribe, session.getState);
}

/** The signed-in user; only under RequireSession, which renders nothing else. */
export function useUser(): SessionUser {
  const state = useSession();
  if (state.status !== 'signed-in') throw new Error('useUser outside a signed-in page');
  return state.user;
}
