/** How much of a request body has gone out, in bytes. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * A `fetch` that reports the upload's progress, for urql's `context.fetch` (urql still builds the
 * GraphQL multipart request and adds the token). `fetch` has no upload progress event in browsers
 * (a streamed request body needs HTTP/2 and gives no count either), XMLHttpRequest has.
 */
export function uploadFetch(onProgress: (progress: UploadProgress) => void): typeof fetch {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const request = new XMLHttpRequest();
      const url = input instanceof Request ? input.url : String(input);
      request.open(init.method ?? 'POST', url);
      new Headers(init.headers).forEach((value, name) => request.setRequestHeader(name, value));
      request.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress({ loaded: event.loaded, total: event.total });
      };
      request.onload = () => {
        const headers = new Headers();
        for (const line of request
          .getAllResponseHeaders()
          .trim()
          .split(/[\r\n]+/)) {
          const colon = line.indexOf(':');
          if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
        }
        resolve(
          new Response(request.responseText, {
            status: request.status,
            statusText: request.statusText,
            headers,
          }),
        );
      };
      request.onerror = () => reject(new TypeError('Failed to fetch'));
      request.onabort = () => reject(new DOMException('The upload was aborted', 'AbortError'));
      init.signal?.addEventListener('abort', () => request.abort());
      request.send((init.body ?? null) as XMLHttpRequestBodyInit | null);
    });
}
