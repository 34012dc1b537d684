/**
 * One policy for every way the renderer is served: the Electron session header, the browser host's
 * header, and the meta tag in index.html (kept equal by a test). No inline or eval'd script can run,
 * and the page can reach nothing but its own origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
