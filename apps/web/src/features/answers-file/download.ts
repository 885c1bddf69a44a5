import { authFetch } from '../../auth/session';

/**
 * Fetches a file with the reader's token (a plain link cannot send it) and hands it to the
 * browser as a download under the server's file name.
 */
export async function downloadFile(
  url: string,
  fallbackName: string,
): Promise<{ ok: true } | { ok: false; body: unknown }> {
  const response = await authFetch(url);
  if (!response.ok) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = { code: 'UNKNOWN' };
    }
    return { ok: false, body };
  }
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return { ok: true };
}
