/**
 * A press release's closing boilerplate about its publisher, set off by a horizontal rule
 * and named by the page's own menus and footer, is not the story; other sections after a
 * rule (a sign-off, a note) are.
 */
import { describe, expect, it } from 'vitest';
import { cleanPage } from './helpers/clean.js';

const RELEASE = [
  'Northwind today announced a distribution partnership with a hospital supplier that will bring its alarm management software to clinics in twelve countries.',
  'The software collects readings from bedside devices and forwards only those that need a nurse, which the company says halves the alarms staff hear on a shift.',
  'Both companies expect the first installations to go live in the spring, starting with intensive care units in the north of the region.',
  'Financial terms were not disclosed. The supplier will handle sales and first-line support, while Northwind keeps development and training of clinical staff.',
];
const ABOUT = [
  'Northwind is a global provider of clinical workflow software, helping hospitals close information gaps at the point of care.',
  'Northwind is headquartered in Basel, has offices in nine countries and employs around 900 people worldwide.',
];

async function run(section: string) {
  const chrome = `<nav><ul><li><a href="/about">About Northwind</a></li><li><a href="/careers">Working at Northwind</a></li><li><a href="/news">News</a></li></ul></nav>`;
  const footer = `<footer><p>Northwind Holding AG, Baselstrasse 1, Basel</p><p>Stay up to date with Northwind: <a href="/subscribe">subscribe</a></p></footer>`;
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Northwind signs distribution deal</title></head><body>${chrome}
    <main><h1>Northwind signs distribution deal</h1><div class="content"><div class="text">${RELEASE.map((p) => `<p>${p}</p>`).join('')}</div><div class="text"><hr>${section}</div></div></main>${footer}</body></html>`;
  return cleanPage(html);
}

describe("a publisher's boilerplate after a horizontal rule", () => {
  it('removes the section whose subject the menus and footer name', async () => {
    const r = await run(`<p>${ABOUT.join('<br><br>')}</p>`);
    for (const p of RELEASE) expect(r.text).toContain(p);
    for (const p of ABOUT) expect(r.text).not.toContain(p);
    const removal = r.sidecar.removed.find((x) => x.rule === 'owner-section');
    expect(removal?.kind).toBe('footer');
    expect(removal?.text).toContain(ABOUT[0]);
  });

  it('keeps a section after the rule about something the chrome does not name', async () => {
    const note = 'Maria Lopez contributed reporting from Basel. This story was updated to correct the number of countries.';
    const r = await run(`<p>${note}</p>`);
    expect(r.text).toContain(note);
    expect(r.sidecar.removed.some((x) => x.rule === 'owner-section')).toBe(false);
  });
});
