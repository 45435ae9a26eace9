import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from './inline-script-hashes';

const sha = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

describe('inlineScriptHashes', () => {
  it('hashes the exact text of each inline script, once per distinct text', () => {
    const html = '<html><head><script>self.a=1</script></head><body><script async="">(self.b=[]).push("é")</script><script>self.a=1</script></body>';
    expect(inlineScriptHashes(html)).toEqual([sha('self.a=1'), sha('(self.b=[]).push("é")')]);
  });

  it('leaves out scripts loaded from a file and JSON data blocks, which never run inline', () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      '<script id="x" type="application/json">{}</script>',
      '<script type="module">import("/a.js")</script>',
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([sha('import("/a.js")')]);
  });

  it('reads a script up to the first closing tag, as the browser does', () => {
    expect(inlineScriptHashes('<SCRIPT>a("</b>")</SCRIPT >')).toEqual([sha('a("</b>")')]);
    expect(inlineScriptHashes('<p>no scripts</p>')).toEqual([]);
  });

  it('keeps whitespace and newlines, which are part of the hash', () => {
    expect(inlineScriptHashes('<script>\n  run()\n</script>')).toEqual([sha('\n  run()\n')]);
  });
});
