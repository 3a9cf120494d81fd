import { session } from '../auth/session';
import { API_ERROR_CODES, type ApiErrorCode } from '../graphql/errors';

export type ExportFormat = 'csv' | 'xlsx';

/** Why an export was refused: the API's code (EXPORTS_BUSY when too many run at once). */
export class ExportError extends Error {
  constructor(readonly code: ApiErrorCode | 'EXPORTS_BUSY') {
    super(code);
  }
}

async function request(url: string): Promise<Response> {
  if (session.needsRefresh()) await session.refresh();
  const token = session.accessToken();
  return fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
}

/** The name the API gives the file (`attachment; filename="gaps-2026-12-04.csv"`). */
function filenameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  return /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallback;
}

async function errorOf(response: Response): Promise<ExportError> {
  const body = (await response.json().catch(() => ({}))) as { code?: string };
  if (body.code === 'EXPORTS_BUSY') return new ExportError('EXPORTS_BUSY');
  const known = (API_ERROR_CODES as readonly string[]).includes(body.code ?? '');
  if (known) return new ExportError(body.code as ApiErrorCode);
  if (response.status === 401) return new ExportError('UNAUTHENTICATED');
  if (response.status === 403) return new ExportError('FORBIDDEN');
  if (response.status === 429) return new ExportError('RATE_LIMITED');
  return new ExportError('INTERNAL_SERVER_ERROR');
}

/**
 * Downloads `GET /export/<list>.<format>?<params>`. A link cannot carry the bearer token, so the
 * file is fetched with it, then saved from an object URL. A refused token is refreshed once.
 */
export async function downloadExport(
  list: string,
  format: ExportFormat,
  params: URLSearchParams,
): Promise<void> {
  const query = params.toString();
  const url = `/export/${list}.${format}${query ? `?${query}` : ''}`;
  let response: Response;
  try {
    response = await request(url);
    if (response.status === 401 && (await session.refresh())) response = await request(url);
  } catch {
    throw new ExportError('NETWORK');
  }
  if (!response.ok) throw await errorOf(response);
  const objectUrl = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = filenameOf(response, `${list}.${format}`);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a little later: a browser may still be reading the blob when click() returns.
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
}
