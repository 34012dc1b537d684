/**
 * One policy for every way the renderer is served: the Electron session header, the browser host's
 * header, and the meta tag in index.html (kept equal by a test). No inline or eval'd script can run,
 * and the page can reach nothing but its own origin.
 */
const DOCUMENT_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

/**
 * The policy in index.html's meta tag. A meta tag cannot carry frame-ancestors: browsers ignore it
 * there and log an error on every load, so only the headers below refuse framing.
 */
export const CONTENT_SECURITY_POLICY_META = DOCUMENT_DIRECTIVES.join('; ');

/** The policy sent as a header (Electron's session and app:// scheme, the browser host): the meta tag's, and no framing. */
export const CONTENT_SECURITY_POLICY = [...DOCUMENT_DIRECTIVES, "frame-ancestors 'none'"].join('; ');
