/**
 * Where each element stands on the page, as one number: its place in a walk of the parsed
 * page before anything is pruned. Blocks and removals carry it as `position.order`, so a
 * reader of the sidecar (the report, src/report/) can put the elements pruned before the
 * story was located back between the story's blocks, in the order the page showed them.
 */
export type PageOrder = WeakMap<Element, number>;

/** Number every element below `root` (itself included) in document order. */
export function numberElements(root: Element): PageOrder {
  const order: PageOrder = new WeakMap();
  let n = 0;
  // An explicit stack: a 100,000-deep tree must not overflow.
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    order.set(el, n++);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return order;
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
