import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
const fs=await import("node:fs"); const id = fs.readdirSync("/work/shared/bench/scrapinghub/html").find(f=>f.startsWith(process.argv[2]));
const html = gunzipSync(readFileSync('/work/shared/bench/scrapinghub/html/'+id)).toString().replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
const dom = new JSDOM(html, {virtualConsole: new VirtualConsole()});
const d = dom.window.document;
const w = d.createTreeWalker(d.body, 4);
for (let n = w.nextNode(); n; n = w.nextNode()) if (n.nodeValue.includes(process.argv[3])) {
  let e = n.parentElement; const chain=[];
  for (let k=0;k<+process.argv[4] && e;k++, e=e.parentElement) chain.push(`${e.tagName}.${e.className} kids=${e.children.length} len=${e.textContent.trim().length} links=${e.querySelectorAll('a[href]').length}`);
  console.log(chain.join('\n')); break;
}
if (process.argv[5]) { const w2 = d.createTreeWalker(d.body, 4); for (let n = w2.nextNode(); n; n = w2.nextNode()) if (n.nodeValue.includes(process.argv[3])) { let e=n.parentElement; for (let k=0;k<+process.argv[5];k++) e=e.parentElement; console.log([...e.querySelectorAll('a[href]')].map(a=>a.getAttribute('href')+' :: '+a.textContent.trim().slice(0,50))); break; } }
