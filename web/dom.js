// Building the page's elements. Text from the API (names, titles, quotes) only ever becomes text nodes or
// textContent: nothing here parses a string as HTML.

/**
 * Creates an element. `props` may hold `className`, `text` (textContent), `attrs` (set with setAttribute),
 * `dataset` and `on` (event listeners); children are nodes or strings (strings become text nodes).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined && props.text !== null) node.textContent = String(props.text);
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const [name, value] of Object.entries(props.dataset ?? {})) {
    if (value !== undefined && value !== null) node.dataset[name] = String(value);
  }
  for (const [type, listener] of Object.entries(props.on ?? {})) node.addEventListener(type, listener);
  append(node, ...children);
  return node;
}

/** Appends nodes and strings (as text) to `parent`, skipping null and undefined. */
export function append(parent, ...children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Removes every child of `node`. */
export function clear(node) {
  node.replaceChildren();
  return node;
}

/** A link to an outside page, only for http(s) addresses (a report's URL is untrusted: no javascript: links). */
export function externalLink(url, text) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  return el("a", { text, attrs: { href: parsed.href, rel: "noopener noreferrer nofollow", target: "_blank" } });
}

/**
 * Text with marked spans: `spans` are [start, end) offsets into `text` (UTF-16, as the API counts them). Overlapping
 * or out-of-range spans are skipped. Returns the nodes: plain text, <mark>, plain text, …
 */
export function markedText(text, spans) {
  const nodes = [];
  let at = 0;
  const sorted = spans.filter(s => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of sorted) {
    if (span.start < at) continue;
    if (span.start > at) nodes.push(document.createTextNode(text.slice(at, span.start)));
    nodes.push(el("mark", { text: text.slice(span.start, span.end), attrs: { title: span.title } }));
    at = span.end;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}
