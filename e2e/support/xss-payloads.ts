// Cross-site scripting payloads for e2e/xss-*.db.spec.ts, grouped by kind. Each carries its own
// number: run, it sets window.__xss = n (or opens a dialog naming `xss-n`), so a
// trap the spec installs in the page can say which one got through.

export type XssPayload = { id: number; kind: string; text: string };

const makers: Record<string, Array<(n: number) => string>> = {
  script: [
    (n) => `<script>window.__xss=${n}</script>`,
    (n) => `<SCRIPT SRC=data:text/javascript,window.__xss=${n}></SCRIPT>`,
    (n) => `<script>alert('xss-${n}')</script>`,
    (n) => `"><script>window.__xss=${n}</script>`,
    (n) => `</title><script>window.__xss=${n}</script>`,
    (n) => `</textarea><script>window.__xss=${n}</script>`,
    (n) => `<scr<script>ipt>window.__xss=${n}</scr</script>ipt>`,
    (n) => `\u003cscript\u003ewindow.__xss=${n}\u003c/script\u003e`,
  ],
  handler: [
    (n) => `<img src=x onerror="window.__xss=${n}">`,
    (n) => `<img src=x onerror=alert('xss-${n}')>`,
    (n) => `<body onload=window.__xss=${n}>`,
    (n) => `<div onmouseover="window.__xss=${n}">hover</div>`,
    (n) => `<input autofocus onfocus=window.__xss=${n}>`,
    (n) => `<details open ontoggle=window.__xss=${n}>`,
    (n) => `<video><source onerror="window.__xss=${n}"></video>`,
    (n) => `<audio src=x onerror=window.__xss=${n}>`,
    (n) => `" onmouseover="window.__xss=${n}" x="`,
    (n) => `' autofocus onfocus='window.__xss=${n}' x='`,
    (n) => `<marquee onstart=window.__xss=${n}>`,
  ],
  javascriptUrl: [
    (n) => `[click xss-${n}](javascript:window.__xss=${n})`,
    (n) => `[click xss-${n}](JaVaScRiPt:window.__xss=${n})`,
    (n) => `[click xss-${n}](java\tscript:window.__xss=${n})`,
    (n) => `[click xss-${n}](&#106;avascript:window.__xss=${n})`,
    (n) => `<a href="javascript:window.__xss=${n}">xss-${n}</a>`,
    (n) => `<a href=" &#14; javascript:window.__xss=${n}">xss-${n}</a>`,
    (n) => `![xss-${n}](javascript:window.__xss=${n})`,
    (n) => `<form action="javascript:window.__xss=${n}"><button>xss-${n}</button></form>`,
    (n) => `<button formaction="javascript:window.__xss=${n}">xss-${n}</button>`,
    (n) => `[ref xss-${n}]\n\n[ref xss-${n}]: javascript:window.__xss=${n}`,
    (n) => `<a href="vbscript:msgbox('xss-${n}')">xss-${n}</a>`,
    (n) => `<javascript:window.__xss=${n}>`,
  ],
  dataUrl: [
    (n) => `[click xss-${n}](data:text/html,<script>window.__xss=${n}</script>)`,
    (n) => `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">xss-${n}</a>`,
    (n) => `<iframe src="data:text/html,<script>window.__xss=${n}</script>"></iframe>`,
    (n) => `<object data="data:text/html,<script>window.__xss=${n}</script>"></object>`,
    (n) => `<embed src="data:image/svg+xml,<svg onload='window.__xss=${n}'/>">`,
    (n) => `![xss-${n}](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)`,
  ],
  svg: [
    (n) => `<svg onload=window.__xss=${n}>`,
    (n) => `<svg><script>window.__xss=${n}</script></svg>`,
    (n) => `<svg><a xlink:href="javascript:window.__xss=${n}"><text x="9" y="9">xss-${n}</text></a></svg>`,
    (n) => `<svg><animate onbegin=window.__xss=${n} attributeName=x dur=1s>`,
    (n) => `<svg><use href="data:image/svg+xml,<svg id='x' onload='window.__xss=${n}'/>#x"/></svg>`,
    (n) => `<svg><set attributeName="href" to="javascript:window.__xss=${n}"/></svg>`,
  ],
  mathml: [
    (n) => `<math><mtext><img src=x onerror=window.__xss=${n}></mtext></math>`,
    (n) => `<math href="javascript:window.__xss=${n}">xss-${n}</math>`,
    (n) => `<math><maction actiontype="statusline" xlink:href="javascript:window.__xss=${n}">xss-${n}</maction></math>`,
    (n) => `<math><mi//xlink:href="data:x,<script>window.__xss=${n}</script>">`,
  ],
  css: [
    (n) => `<div style="width:expression(window.__xss=${n})">xss-${n}</div>`,
    (n) => `<div style="background:url(javascript:window.__xss=${n})">xss-${n}</div>`,
    (n) => `<style>@import 'javascript:window.__xss=${n}';</style>`,
    (n) => `<style>*{behavior:url(xss-${n}.htc)}</style>`,
    (n) => `<link rel=stylesheet href="javascript:window.__xss=${n}">`,
  ],
  broken: [
    (n) => `<img """><script>window.__xss=${n}</script>">`,
    (n) => `<<img src=x onerror=window.__xss=${n}//<`,
    (n) => `<!--<img src="--><img src=x onerror=window.__xss=${n}//">`,
    (n) => `<noscript><p title="</noscript><img src=x onerror=window.__xss=${n}>">`,
    (n) => `<a/href="javascript&colon;window.__xss=${n}">xss-${n}</a>`,
    (n) => `<img src=x:x onerror\n=window.__xss=${n}>`,
    (n) => `<iframe srcdoc="<script>window.__xss=${n}</script>">`,
    (n) => `<meta http-equiv="refresh" content="0;url=javascript:window.__xss=${n}">`,
    (n) => `<base href="javascript:window.__xss=${n}//">`,
    (n) => `\`\`\`\n</code><script>window.__xss=${n}</script>\n\`\`\``,
  ],
  unicode: [
    (n) => `<img src=x onerror=\u0077indow.__xss=${n}>`,
    (n) => `＜script＞window.__xss=${n}＜/script＞`,
    (n) => `[xss-${n}](\u200Bjavascript:window.__xss=${n})`,
    (n) => `<a href="java\u0001script:window.__xss=${n}">xss-${n}</a>`,
    (n) => `\u202E<img src=x onerror=window.__xss=${n}>`,
    (n) => `<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:window.__xss=${n}">xss-${n}</a>`,
    (n) => `%3Cscript%3Ewindow.__xss=${n}%3C/script%3E`,
    (n) => `\u2028<script>window.__xss=${n}</script>\u2029`,
  ],
};

export const xssPayloads: XssPayload[] = Object.entries(makers).flatMap(([kind, list]) => list.map((make) => ({ kind, make })))
  .map(({ kind, make }, index) => ({ id: index + 1, kind, text: make(index + 1) }));

/** Payloads `chunkIndex` of `chunks` (round robin), so every kind lands in every chunk. */
export function payloadChunk(chunkIndex: number, chunks: number): XssPayload[] {
  return xssPayloads.filter((payload) => payload.id % chunks === chunkIndex);
}

/** One text holding the given payloads, each on its own paragraph. */
export function joinPayloads(payloads: XssPayload[], separator = '\n\n'): string {
  return payloads.map((payload) => payload.text).join(separator);
}
