import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet's headers with a CSP the built admin SPA satisfies: its scripts, styles and fonts are files from this
 * origin; Element Plus sets inline `style` attributes and the charts draw data: images, hence those two allowances.
 * The live simulation runs in a module worker that Vite emits as a file of this origin: `worker-src 'self'`, never
 * blob: (a worker made from a blob could run script text that no file on this server holds).
 * No `upgrade-insecure-requests`: the product is often served over plain http inside an office network, where
 * upgrading the SPA's own requests to https would break it.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        scriptSrcAttr: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'same-origin' },
  });
}
