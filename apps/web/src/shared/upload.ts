import { getAccessToken, refreshSession } from '../auth/session';

export interface UploadResult<T> {
  status: number;
  body: T;
}

/**
 * POSTs a form with XMLHttpRequest, which (unlike fetch) reports upload progress. Sends the
 * access token; on 401 refreshes the session once and sends again.
 */
export async function upload<T>(
  url: string,
  form: FormData,
  onProgress: (fraction: number) => void,
): Promise<UploadResult<T>> {
  const send = () =>
    new Promise<UploadResult<T>>((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open('POST', url);
      const token = getAccessToken();
      if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
      request.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(event.loaded / event.total);
      };
      request.onload = () => {
        let body: unknown;
        try {
          body = JSON.parse(request.responseText);
        } catch {
          body = { message: request.responseText };
        }
        resolve({ status: request.status, body: body as T });
      };
      request.onerror = () => reject(new Error('network'));
      request.send(form);
    });
  const first = await send();
  if (first.status !== 401 || !(await refreshSession())) return first;
  onProgress(0);
  return send();
}
