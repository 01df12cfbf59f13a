// Building DOM without a framework: el('div.class', {attrs}, children) and nothing more.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: any) => void)>;

/** The tag name at the start of an `el` spec, at the type level. */
type TagOf<S extends string> = S extends `${infer T}.${string}` ? TagOf<T> : S extends `${infer T}#${string}` ? T : S;
type ElementOf<S extends string> = TagOf<S> extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[TagOf<S>] : HTMLElement;

/** `tag.class1.class2#id`; attributes starting with "on" become listeners; false/null attributes are skipped. */
export function el<S extends string>(spec: S, attrs: Attrs = {}, ...children: Child[]): ElementOf<S> {
  const [head, id] = spec.split('#');
  const [tag, ...classes] = head.split('.');
  const node = document.createElement(tag) as ElementOf<S>;
  if (classes.length) node.className = classes.join(' ');
  if (id) node.id = id;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') node.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === 'text') node.textContent = String(v);
    else if (k === 'value' && 'value' in node) (node as HTMLInputElement).value = String(v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c instanceof Node ? c : String(c));
  return node;
}

export function clear(node: Element): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A number for people: thousands separated, at most `digits` decimals. */
export function formatNumber(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return v.toLocaleString('en');
  return v.toLocaleString('en', { maximumFractionDigits: digits });
}
