import { type GraphQLResponse } from './test-api';

/** A file for a GraphQL multipart request: its name and content. */
export interface UploadFile {
  name: string;
  content: string | Buffer;
  type?: string;
}

/**
 * Sends `mutation(file: Upload!)` as a GraphQL multipart request (the graphql-multipart-request
 * spec: `operations`, `map`, then the file), with a bearer token or none.
 */
export async function uploadMutation<T = Record<string, unknown>>(
  url: string,
  token: string | null,
  query: string,
  file: UploadFile,
): Promise<GraphQLResponse<T>> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables: { file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append(
    '0',
    new Blob([file.content], { type: file.type ?? 'application/octet-stream' }),
    file.name,
  );
  const response = await fetch(url, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: (await response.json()) as GraphQLResponse<never>['body'],
  };
}
