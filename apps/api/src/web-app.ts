import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const API_PATHS = /^\/(graphql|socket\.io|health|metrics|api)(\/|$)/;
/** Vite puts content-hashed files under /assets: they never change, so browsers may keep them a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const ASSET_NAME = /^\/assets\/[\w-][\w.-]*$/;

/**
 * Serves the built web app at `/`: fingerprinted assets as immutable, with the .br/.gz twins
 * written at build time (apps/web/precompress.mjs) when the browser takes them; index.html for
 * client-side routes, never cached, so a deploy is seen at the next navigation.
 */
export function serveWebApp(app: NestExpressApplication, dir: string): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !ASSET_NAME.test(req.path)) return next();
    const file = join(dir, req.path);
    // Brotli whenever the browser takes it (smaller), whatever order it lists the encodings in.
    const encoding = req.acceptsEncodings('br') ? 'br' : req.acceptsEncodings('gzip') ? 'gzip' : null;
    const suffix = encoding === 'br' ? '.br' : '.gz';
    if (!encoding || !existsSync(file + suffix)) return next();
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', IMMUTABLE);
    res.type(extname(file));
    res.sendFile(file + suffix, { cacheControl: false });
  });
  app.useStaticAssets(dir, {
    index: false,
    maxAge: '1h',
    setHeaders: (res, path) => {
      if (path.startsWith(join(dir, 'assets'))) res.setHeader('Cache-Control', IMMUTABLE);
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || !req.accepts('html')) return next();
    // A missing asset (e.g. a chunk of the previous deploy) is a 404, not the HTML page a script cannot run.
    if (req.path.startsWith('/assets/') || extname(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dir, 'index.html'));
  });
}
