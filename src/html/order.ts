/**
 * Where each element stands on the page, as one number: its place in a walk of the parsed
 * page before anything is pruned. Blocks and removals carry it as `position.order`, so a
 * reader of the sidecar (the report, src/report/) can put the elements pruned before the
 * story was located back between the story's blocks, in the order the page showed them.
 */
export class PageOrder extends WeakMap<Element, number> {
  // The page as parsed, before anything was pruned or Readability rewrote it, one entry per
  // element by its number: enough to write its path in the SOURCE page later, when pruning
  // has shifted the siblings' places and Readability's copy has no parents from the page.
  readonly parent: number[] = [];
  readonly tag: string[] = [];
  readonly id: string[] = [];
  readonly nth: number[] = [];
  readonly of: number[] = [];

  /**
   * The element's CSS path in the source page (`document.querySelector` finds it there), or
   * null when neither it nor an ancestor was numbered (a wrapper Readability made). An element
   * Readability made inside a numbered one gets that one's path: it holds its text.
   */
  sourcePath(el: Element, maxParts: number): string | null {
    let e: Element | null = el;
    let n = this.get(e);
    while (n === undefined && e) {
      e = e.parentElement;
      n = e ? this.get(e) : undefined;
    }
    if (n === undefined) return null;
    const parts: string[] = [];
    for (let k = n; k >= 0 && this.tag[k] !== 'html' && parts.length < maxParts; k = this.parent[k]!) {
      const id = this.id[k]!;
      if (id) {
        parts.unshift(this.tag[k]! + (/^[A-Za-z_][\w-]*$/.test(id) ? `#${id}` : `[id="${id.replace(/["\\]/g, '\\$&')}"]`));
        break;
      }
      parts.unshift(this.tag[k]! + (this.of[k]! > 1 ? `:nth-of-type(${this.nth[k]})` : ''));
    }
    return parts.join(' > ');
  }
}

/** Number every element below `root` (itself included) in document order. */
export function numberElements(root: Element): PageOrder {
  const order = new PageOrder();
  let n = 0;
  // An explicit stack: a 100,000-deep tree must not overflow.
  const stack: Array<[Element, number, number, number]> = [[root, -1, 1, 1]];
  const counts = new Map<string, number>();
  while (stack.length) {
    const [el, parent, nth, of] = stack.pop()!;
    const k = n++;
    order.set(el, k);
    order.parent.push(parent);
    order.tag.push(el.localName.toLowerCase());
    order.id.push(el.id || '');
    order.nth.push(nth);
    order.of.push(of);
    // Each child's place among its siblings of its tag, counted in one pass over them.
    counts.clear();
    // By localName: on linkedom tagName upper-cases the name at every call.
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) counts.set(c.localName, (counts.get(c.localName) ?? 0) + 1);
    const seen = new Map<string, number>();
    const children: Array<[Element, number, number, number]> = [];
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const tag = c.localName;
      const place = (seen.get(tag) ?? 0) + 1;
      seen.set(tag, place);
      children.push([c, k, place, counts.get(tag)!]);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return order;
}

/** Mark every numbered element below `root` with its number, so a serialised copy keeps it. */
export const ORDER_ATTRIBUTE = 'data-pith-order';
export function markOrder(order: PageOrder, root: Element): void {
  for (const el of root.querySelectorAll('*')) {
    const n = order.get(el);
    if (n !== undefined) el.setAttribute(ORDER_ATTRIBUTE, String(n));
  }
}

/** Take the marks of markOrder back into `order` for a copy's elements, and off the copy. */
export function readOrder(order: PageOrder, root: Element): void {
  for (const el of root.querySelectorAll(`[${ORDER_ATTRIBUTE}]`)) {
    const n = Number(el.getAttribute(ORDER_ATTRIBUTE));
    if (Number.isInteger(n) && n >= 0 && n < order.tag.length) order.set(el, n);
    el.removeAttribute(ORDER_ATTRIBUTE);
  }
}

/** Give a fresh deep clone of `from` the numbers of the elements it copies. */
export function copyOrder(order: PageOrder, from: Element, to: Element): void {
  const stack: Array<[Element, Element]> = [[from, to]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const n = order.get(a);
    if (n !== undefined) order.set(b, n);
    for (let x = a.firstElementChild, y = b.firstElementChild; x && y; x = x.nextElementSibling, y = y.nextElementSibling) stack.push([x, y]);
  }
}

/** `{ order }` for a position, or nothing when the element was not numbered. */
export function orderOf(order: PageOrder | undefined, el: Element): { order?: number } {
  const n = order?.get(el);
  return n === undefined ? {} : { order: n };
}
