import { expect, type Page } from '@playwright/test';

// What e2e/xss-*.db.spec.ts watch in the browser: any dialog, any payload that runs (it sets
// window.__xss or calls alert), any script the Content-Security-Policy blocked (a blocked
// injection is still an injection), and markup that could run script once a policy is lifted.

type Hits = { ran: string[]; blocked: string[] };

/** Installs the traps before any page script runs; the returned hits fill as the test goes. */
export async function trapXss(page: Page): Promise<Hits> {
  const hits: Hits = { ran: [], blocked: [] };
  page.on('dialog', (dialog) => {
    // The editor's own warning about unsaved text when a test leaves the page is no payload.
    if (dialog.type() === 'beforeunload') return void dialog.accept();
    hits.ran.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.exposeFunction('__xssHit', (what: string) => hits.ran.push(what));
  await page.exposeFunction('__xssBlocked', (what: string) => hits.blocked.push(what));
  await page.addInitScript(() => {
    const report = (window as unknown as { __xssHit: (what: string) => void }).__xssHit;
    Object.defineProperty(window, '__xss', { configurable: false, set: (value: unknown) => report(`window.__xss = ${String(value)}`), get: () => undefined });
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      Object.defineProperty(window, name, { configurable: false, value: (message: unknown) => report(`${name}(${String(message)})`) });
    }
    document.addEventListener('securitypolicyviolation', (event) => {
      const blocked = (window as unknown as { __xssBlocked: (what: string) => void }).__xssBlocked;
      blocked(`${event.violatedDirective} at ${event.documentURI}: ${event.blockedURI} ${event.sample} (${event.disposition} ${event.originalPolicy.slice(0, 80)})`);
    });
  });
  return hits;
}

/**
 * Everything in the current document that could run script: on* attributes, script URLs in
 * link-like attributes, scripts other than Next's own and JSON-LD, frames and plug-ins, script
 * inside SVG or MathML, CSS expressions and script URLs in styles, refresh and base tags.
 */
export function findUnsafeMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcset', 'to', 'values', 'from'];
    const scriptUrl = /^(javascript|vbscript|data:(?!image\/(png|jpe?g|gif|webp|avif)[;,]))/i;
    // React's own placeholder on a form whose action is a server function (never submitted as such).
    const reactFormAction = "javascript:throw new Error('React form unexpectedly submitted.')";
    const found: string[] = [];
    const describe = (element: Element) => element.outerHTML.slice(0, 160);
    const check = (root: Document | DocumentFragment) => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        for (const attribute of Array.from(element.attributes)) {
          const name = attribute.name.toLowerCase();
          // Browsers drop control characters and whitespace inside a URL's scheme.
          const value = attribute.value.replace(/[\u0000-\u0020\u007f-\u009f\u200b\u202e]/g, '');
          if (name.startsWith('on')) found.push(`event handler ${name}: ${describe(element)}`);
          if (name === 'srcdoc') found.push(`srcdoc: ${describe(element)}`);
          if (urlAttributes.includes(name) && scriptUrl.test(value) && attribute.value !== reactFormAction) found.push(`script URL in ${name}: ${describe(element)}`);
          if (name === 'style' && /expression\(|url\(\s*['"]?\s*(javascript|vbscript|data:text)/i.test(value)) found.push(`script in style: ${describe(element)}`);
        }
        const tag = element.localName.toLowerCase();
        if (['iframe', 'frame', 'object', 'embed', 'applet', 'base'].includes(tag)) found.push(`<${tag}>: ${describe(element)}`);
        if (tag === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh') found.push(`refresh: ${describe(element)}`);
        if (tag === 'style' && /xss-|javascript:|expression\(|behavior/i.test(element.textContent ?? '')) found.push(`injected style: ${describe(element)}`);
        if (tag === 'script') {
          const src = element.getAttribute('src');
          const type = element.getAttribute('type');
          const text = element.textContent ?? '';
          // Editor pages give each of their scripts the request's nonce, which no stored text can know.
          const nonced = (element as HTMLScriptElement).nonce !== '';
          // Next's flight data and chunk list, and React's streaming instructions ($RB, $RC, $RT…).
          const ownInline = /^(\(?self\.__next_[a-z]+|\(globalThis\["TURBOPACK"\]|\$R[A-Z]+=|requestAnimationFrame\(function\(\)\{\$RT=)/;
          const nextScript = src ? src.startsWith('/_next/') : nonced || ownInline.test(text.trim());
          const jsonLd = type === 'application/ld+json' && !src;
          if (element.closest('svg, math') || (!nextScript && !jsonLd)) found.push(`script: ${describe(element)}`);
        }
      }
    };
    check(document);
    // The editor's previews keep their markup inside template-like holders too.
    for (const template of Array.from(document.querySelectorAll('template'))) check((template as HTMLTemplateElement).content);
    return found;
  });
}

/** Fails with every unsafe element, script run and blocked script seen so far on `where`. */
export async function expectNoXss(page: Page, hits: Hits, where: string): Promise<void> {
  const unsafe = await findUnsafeMarkup(page);
  expect.soft(unsafe, `unsafe markup on ${where}`).toEqual([]);
  expect.soft(hits.ran, `script ran on ${where}`).toEqual([]);
  expect.soft(hits.blocked, `script blocked by the policy on ${where}`).toEqual([]);
}
