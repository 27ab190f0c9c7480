import type { PithDocument } from '../document.js';
import { postGroup, type Structure } from './structure.js';
import { PAGE_TYPE_MEASURES as M } from './thresholds.js';

/**
 * What counts as main content, by page type, inside the one pipeline: the type chooses the
 * container the blocks are cut from; the classify stage then labels those blocks as on any
 * page. A thread's content is its question and every post in order, not the one post
 * Readability would pick: the container of the repeated posts that decided the type.
 */
export function contentRoot(doc: PithDocument, body: Element): Element | null {
  const type = doc.pageType;
  if (type?.type !== 'forum' || !type.evidence.some((e) => e.signal === 'posts')) return null;
  const posts = postGroup(body);
  // Pruning may have taken posts away as "comments": then the thread is not whole here,
  // and Readability's pick stands.
  const before = (doc.data.pageStructure as Structure | undefined)?.posts.count ?? 0;
  if (posts.length < M.postsMin || posts.length < before * M.majority) return null;
  // The thread's title heads the question, which is often not shaped like the answers: the
  // content reaches up to the heading, so the question comes first.
  const heading = body.querySelector('h1');
  const root = commonAncestor(heading && !posts.some((p) => p.contains(heading)) ? [...posts, heading] : posts);
  if (!root || root === body.ownerDocument.documentElement) return null;
  doc.messages.push({ level: 'info', stage: 'segment', code: 'forum-posts', message: `A thread: kept the container of its ${posts.length} posts, in order` });
  return root;
}

function commonAncestor(els: Element[]): Element | null {
  let root: Element | null = els[0]!.parentElement;
  while (root && !els.every((e) => root!.contains(e))) root = root.parentElement;
  return root;
}
