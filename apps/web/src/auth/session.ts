import { Client, fetchExchange } from '@urql/core';
import i18next from 'i18next';

import { apiErrorOf } from '../graphql/errors';
import { type LoginMutation as LoginResult } from '../graphql/generated/graphql';
import { LoginMutation, RefreshTokenMutation } from './auth.graphql';

export type SessionUser = LoginResult['login']['user'];

/** Why the user is on the sign-in page: nothing, or the session ended without them. */
export type EndReason = 'expired' | 'revoked' | 'signed-out';

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signed-in'; user: SessionUser }
  | { status: 'signed-out'; reason?: EndReason };

/**
 * Where the tokens live (README "Web app: sessions"): the access token (15 min) only in memory;
 * the refresh token in sessionStorage, so a reload or a deep link in the same tab keeps the
 * session, a new tab or a closed browser does not, and nothing outlives the tab as localStorage
 * would. The API takes bearer tokens only (no cookie session), so an httpOnly cookie is not an
 * option without an API change.
 */
const REFRESH_KEY = 'lcm.refreshToken';
/** Refresh this long before the access token expires, so requests never carry a stale one. */
const EARLY_REFRESH_MS = 30_000;

type Payload = LoginResult['login'];

let state: SessionState = { status: 'restoring' };
let accessToken: string | undefined;
let accessExpiresAt = 0;
let refreshing: Promise<boolean> | undefined;
const listeners = new Set<() => void>();

/** A client of its own, without the auth exchange: sign-in and refresh need no token. */
const authClient = new Client({
  url: '/graphql',
  exchanges: [fetchExchange],
  requestPolicy: 'network-only',
});

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

function store(payload: Payload): void {
  accessToken = payload.accessToken;
  accessExpiresAt = Date.now() + payload.expiresIn * 1000;
  sessionStorage.setItem(REFRESH_KEY, payload.refreshToken);
  setState({ status: 'signed-in', user: payload.user });
}

function clear(reason?: EndReason): void {
  accessToken = undefined;
  accessExpiresAt = 0;
  sessionStorage.removeItem(REFRESH_KEY);
  setState({ status: 'signed-out', reason });
}

export const session = {
  getState: (): SessionState => state,

  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  accessToken: (): string | undefined => accessToken,

  /** True when the access token is missing or about to expire: refresh before sending. */
  needsRefresh: (): boolean =>
    state.status === 'signed-in' && Date.now() > accessExpiresAt - EARLY_REFRESH_MS,

  /** Signs in; resolves to the API's error when refused (wrong password, throttled …). */
  async signIn(email: string, password: string) {
    const result = await authClient
      .mutation(LoginMutation, { input: { email, password } })
      .toPromise();
    if (result.data) {
      // The language the user chose last time, on any browser (kept on the server).
      const language = result.data.login.user.preferredLanguage;
      if (language && language !== i18next.resolvedLanguage) await i18next.changeLanguage(language);
      store(result.data.login);
      return undefined;
    }
    return apiErrorOf(result.error);
  },

  /** Signs out in this tab: the tokens are forgotten (the API has no sign-out to call). */
  signOut(): void {
    clear('signed-out');
  },

  /**
   * New tokens from the refresh token; once at a time. On refusal the session ends: 'revoked'
   * when the API says the token was revoked (user changed or disabled), else 'expired'.
   */
  refresh(): Promise<boolean> {
    refreshing ??= (async () => {
      const refreshToken = sessionStorage.getItem(REFRESH_KEY);
      if (!refreshToken) {
        clear(state.status === 'signed-in' ? 'expired' : undefined);
        return false;
      }
      const result = await authClient
        .mutation(RefreshTokenMutation, { input: { refreshToken } })
        .toPromise();
      if (result.data) {
        store(result.data.refreshToken);
        return true;
      }
      const error = apiErrorOf(result.error);
      if (error?.code === 'NETWORK' && state.status === 'signed-in') return false;
      clear(/revoked/i.test(error?.message ?? '') ? 'revoked' : 'expired');
      return false;
    })().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  },

  /** At start: a refresh token kept in this tab restores the session, else signed out. */
  async restore(): Promise<void> {
    if (sessionStorage.getItem(REFRESH_KEY)) await session.refresh();
    else setState({ status: 'signed-out' });
  },

  /** The API refused the current tokens: try a refresh, which ends the session if refused. */
  async onUnauthenticated(): Promise<void> {
    await session.refresh();
  },
};
