/**
 * Inspections shared by the security tests: a DOM walk that lists every element or attribute
 * able to run script or load a dangerous URL, and the same check for the HTML strings the share
 * builders produce (email signature, embed code).
 */

/** Elements the library never renders: each can run script or redirect the page. */
const FORBIDDEN_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'style', 'portal', 'foreignobject', 'noscript', 'template', 'math']);
/** Attributes that take a URL or markup and that the library never sets. */
const FORBIDDEN_ATTRS = new Set(['srcdoc', 'action', 'formaction', 'data', 'poster', 'background', 'srcset', 'ping', 'cite', 'codebase', 'manifest', 'lowsrc', 'dynsrc', 'http-equiv']);
const DANGEROUS_STYLE = /expression\s*\(|javascript:|vbscript:|url\s*\(|behavior\s*:|-moz-binding|@import/i;

function protocol(value: string, base: string): string {
  try {
    return new URL(value, base).protocol;
  } catch {
    return 'invalid:';
  }
}

function describe(el: Element, attr?: Attr): string {
  const where = `<${el.localName}${el.id ? `#${el.id}` : ''}>`;
  return attr ? `${where} ${attr.name}="${attr.value.slice(0, 80)}"` : where;
}

/**
 * Every dangerous element or attribute under `root`: forbidden elements, `on*` handlers,
 * `srcdoc`/`action`/`formaction` and friends, style with `expression()`/`url()`, and `href`/`src`
 * that are not `http(s)`, `mailto:` or `blob:` (`data:image/*` only as an `<img src>`). Both the
 * raw attribute and the URL the browser would resolve are checked.
 */
export function auditDom(root: ParentNode, base = document.baseURI): string[] {
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (FORBIDDEN_TAGS.has(el.localName.toLowerCase())) found.push(`element ${describe(el)}`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value;
      if (name.startsWith('on')) found.push(`handler ${describe(el, attr)}`);
      else if (FORBIDDEN_ATTRS.has(name)) found.push(`attribute ${describe(el, attr)}`);
      else if (name === 'style' && DANGEROUS_STYLE.test(value)) found.push(`style ${describe(el, attr)}`);
      else if (name === 'href' || name === 'xlink:href') {
        const ok = /^(https?:\/\/|mailto:|blob:)/i.test(value) && ['http:', 'https:', 'mailto:', 'blob:'].includes(protocol(value, base));
        if (!ok) found.push(`href ${describe(el, attr)}`);
      } else if (name === 'src') {
        const image = el.localName === 'img';
        const ok =
          image &&
          ((/^(https?:\/\/|blob:)/i.test(value) && ['http:', 'https:', 'blob:'].includes(protocol(value, base))) || /^data:image\/[a-z0-9.+-]+[;,]/i.test(value));
        if (!ok) found.push(`src ${describe(el, attr)}`);
      }
    }
  }
  return found;
}

/**
 * Every dangerous part of an HTML string meant for other sites or email clients: anything
 * `auditDom` flags, plus any image not on `https` and any link that is not `http(s)`/`mailto:`.
 */
export function auditHtml(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const found = auditDom(doc, 'https://host.example/');
  if (doc.head.childNodes.length) found.push(`head content ${doc.head.innerHTML.slice(0, 80)}`);
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    if (!/^https:\/\//i.test(img.getAttribute('src') ?? '')) found.push(`non-https image ${img.getAttribute('src')?.slice(0, 80)}`);
  }
  for (const link of Array.from(doc.querySelectorAll('[href]'))) {
    if (!/^(https?:\/\/|mailto:)/i.test(link.getAttribute('href') ?? '')) found.push(`link ${link.getAttribute('href')?.slice(0, 80)}`);
  }
  return found;
}

/** Non-overlapping occurrences of `needle` in `haystack`. */
export function occurrences(haystack: string, needle: string): number {
  return needle ? haystack.split(needle).length - 1 : 0;
}
