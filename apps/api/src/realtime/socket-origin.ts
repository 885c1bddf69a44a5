import type { AppConfig } from '../config/app-config.js';

/**
 * Which browser pages may open a socket. With PUBLIC_URL: only that origin. Without it: in production only the
 * page's own host (the web app is served by the API), elsewhere any (the Vite dev server runs on its own port).
 * Clients outside a browser send no Origin and are judged by their token alone.
 */
export function socketOriginAllowed(
  config: AppConfig,
  origin: string | undefined,
  host: string | undefined,
): boolean {
  if (!origin) return true;
  const publicUrl = config.env.PUBLIC_URL;
  if (publicUrl) return origin === new URL(publicUrl).origin;
  if (!config.isProduction) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
