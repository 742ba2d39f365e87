/**
 * The renderer's Content-Security-Policy, the same in Electron (the app://
 * protocol's response header, and the meta tag), in browser mode and for the
 * head-office console (response headers): only our own scripts and style
 * sheets, no eval, no inline styles (style elements or attributes in markup:
 * React's style props and the print footer's constructed style sheet go
 * through the CSS object model, which a policy does not govern), no remote
 * connections, no framing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
