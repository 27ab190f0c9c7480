/** Captions that are sentences belong to the story; short labels and credits do not. */
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';

const para = (n: number) =>
  `<p>The council met on Thursday evening to discuss the new bridge, paragraph ${n}, and members argued at length about the cost of steel and the timetable for the works.</p>`;

function page(caption: string): string {
  return `<html><head><title>Bridge vote delayed</title></head><body><article><h1>Bridge vote delayed</h1>${para(1)}${para(2)}
<figure><img src="b.jpg"><figcaption class="caption">${caption}</figcaption></figure>${para(3)}${para(4)}</article></body></html>`;
}

describe('captions', () => {
  it('keeps a caption written as a full sentence', async () => {
    const caption = 'Workers inspect the old bridge, which has carried traffic across the river since 1931.';
    const r = await clean(page(caption));
    expect(r.ok && r.text).toContain(caption);
  });

  it('removes a caption that is only a label, and records why', async () => {
    const r = await clean(page('The old bridge'));
    expect(r.ok && r.text).not.toContain('The old bridge\n');
    expect(r.sidecar.removed.some((x) => x.text.includes('The old bridge'))).toBe(true);
  });
});
