/**
 * Headers every response carries. HSTS only when the site is served over https: sent over plain
 * http it means nothing, and on a developer's http://localhost it would only confuse.
 */
export function securityHeaders(options: { https: boolean }): [name: string, value: string][] {
  const headers: [string, string][] = [
    ['x-content-type-options', 'nosniff'],
    ['referrer-policy', 'strict-origin-when-cross-origin'],
    ['x-frame-options', 'DENY'],
    ['cross-origin-opener-policy', 'same-origin'],
    ['permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()'],
  ];
  if (options.https) headers.push(['strict-transport-security', 'max-age=31536000; includeSubDomains']);
  return headers;
}
