/**
 * The renderer's Content Security Policy, one definition for the HTTP server's header and the
 * Electron window: scripts and styles only from the app itself, pictures as data: URLs (the
 * session sends them), API calls to the app's own origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
