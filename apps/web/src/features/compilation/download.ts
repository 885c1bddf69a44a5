import { getAccessToken, refreshSession } from '../../auth/session';

/** Bytes received so far, and the whole when the server said it (Content-Length). */
export interface DownloadProgress {
  received: number;
  total: number | null;
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** A failed download: the API's `{ code, message }` body (read by shared/errors.ts). */
export class DownloadError extends Error {
  constructor(readonly body: Record<string, unknown>) {
    super(String(body.message ?? body.code ?? 'download failed'));
  }
}

/** The file name a Content-Disposition header gives: `filename*` (UTF-8) before `filename`. */
export function fileNameOf(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // a malformed escape: fall through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/**
 * GETs a file with the access token (refreshing once on 401) and reads it chunk by chunk, so the
 * page can show how much has arrived: fetch + ReadableStream, since an `<a download>` link could
 * not carry the bearer token.
 */
export async function downloadFile(
  url: string,
  fallbackName: string,
  onProgress: (progress: DownloadProgress) => void,
): Promise<DownloadedFile> {
  const send = () => {
    const token = getAccessToken();
    return fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  };
  let response = await send();
  if (response.status === 401 && (await refreshSession())) response = await send();
  if (!response.ok) {
    const body = (await response.json().catch(() => ({ code: 'UNKNOWN' }))) as Record<string, unknown>;
    throw new DownloadError(body);
  }
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: BlobPart[] = [];
  let received = 0;
  onProgress({ received, total });
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress({ received, total });
    }
  } else chunks.push(await response.arrayBuffer());
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  return {
    blob: new Blob(chunks, { type }),
    fileName: fileNameOf(response.headers.get('content-disposition'), fallbackName),
  };
}

/** Hands a downloaded file to the browser as a download. */
export function saveFile({ blob, fileName }: DownloadedFile): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
