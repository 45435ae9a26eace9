import { createHash } from 'node:crypto';

// The parser's view of an inline script: everything up to the first `</script` is its text, so a
// regular expression finds exactly what the browser hashes. Data blocks (JSON-LD) never run.
const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script/gi;
const sourceAttribute = /\ssrc\s*=/i;
const dataBlockType = /\stype\s*=\s*["']?application\/(?:ld\+)?json/i;

/** The CSP hash sources ('sha256-…' without quotes) of the inline scripts of an HTML document. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(scriptElement)) {
    if (sourceAttribute.test(attributes) || dataBlockType.test(attributes)) continue;
    hashes.add(`sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`);
  }
  return [...hashes];
}
