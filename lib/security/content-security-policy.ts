/**
 * The Content-Security-Policy of an HTML page. Scripts run only from this origin and, inline, when
 * they carry the page's nonce or have one of its hashes; nothing may frame the page, plugins are
 * off, and forms post only here. Styles come from this origin's stylesheets only.
 */
export type ScriptAllowance = { nonce: string } | { hashes: readonly string[] };

export function pageContentSecurityPolicy(scripts: ScriptAllowance, options: { development?: boolean } = {}): string {
  const inline = 'nonce' in scripts ? [`'nonce-${scripts.nonce}'`] : scripts.hashes.map((hash) => `'${hash}'`);
  // Next's development server evaluates modules with eval() for fast refresh; production never does.
  const evaluation = options.development ? ["'unsafe-eval'"] : [];
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...inline, ...evaluation].join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** For everything that is not a page (JSON, feeds, images): it may load nothing and be framed by nothing. */
export const NON_PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
