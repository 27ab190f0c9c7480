import { KINDS } from '../types.js';
import type { RuleSpec } from './types.js';

/**
 * The HTML path's rules, by stage. Prune rules remove elements before the story is located
 * (by their names or their shape); block rules label the blocks of the located story; the
 * reconcile rule records what lies outside it. Ids are stable: they are what the sidecar
 * records. A number only one rule uses is in its `params`; shared ones are in thresholds.ts.
 */
export const HTML_RULES = {
  // --- prune: elements named boilerplate by class, id, role or tag (html/removals/) ---
  'prune-cookie': { kind: 'cookie', reason: 'Element whose class or id names a cookie or consent notice (cookie, consent, gdpr, cmp)', params: {} },
  'prune-comments': { kind: 'comments', reason: 'Element whose class or id names a comments section (comments, disqus, replies, respond)', params: {} },
  'prune-newsletter': { kind: 'newsletter', reason: 'Element whose class or id names a newsletter or subscription box (newsletter, subscribe, signup, paywall)', params: {} },
  'prune-share': { kind: 'share', reason: 'Element whose class or id names a share bar or social buttons (share, sharing, addthis, sharethis)', params: {} },
  'prune-related': { kind: 'related', reason: 'Element whose class, id or role names related or recommended content (related, recommended, outbrain, taboola, more stories, most read)', params: {} },
  'prune-video': { kind: 'video', reason: 'Video player or video carousel (class or id naming a video player, playlist or carousel)', params: {} },
  'prune-ad': { kind: 'ad', reason: 'Element whose class or id names an advertisement or sponsored promo (ad, ads, advert, sponsor, promo, dfp)', params: {} },
  'prune-footer': { kind: 'footer', reason: 'Page footer (footer tag, contentinfo role, or class/id naming a footer or copyright line)', params: {} },
  'prune-nav': { kind: 'nav', reason: 'Navigation element (nav tag, navigation role, or class/id naming a menu, breadcrumb, pagination or site header)', params: {} },
  'prune-media': {
    kind: 'other', reason: 'Image caption, credit, gallery or slideshow (class or id naming one): describes pictures, not the story',
    // A caption box holding more paragraphs, or a sentence caption longer than this, is a misnamed story container.
    params: { maxParagraphs: 2, maxSentenceCaptionChars: 600 },
  },
  'prune-about': { kind: 'other', reason: 'Tag list, category links, byline or author box (class or id naming one): about the story, not part of it', params: {} },
  // --- prune: boilerplate found by its shape ---
  'share-links': { kind: 'share', reason: 'Share buttons: links to share endpoints (sharer, tweet intent, WhatsApp, mail) with hardly any other text', params: {} },
  'card-list': {
    kind: 'related', reason: 'A list of teaser cards (headline link, short summary, picture or time) pointing to other stories, found by its shape',
    // Cards must be this share of their parent's text: a story with three linked headings is not a list.
    params: { minCardShare: 0.6 },
  },
  'other-article': { kind: 'related', reason: "Another post's <article> beside the story's own (which holds the headline): a feed of other stories", params: {} },
  'hover-card': { kind: 'related', reason: 'A hover card inside a sentence: a box of links (a name, that person\'s latest stories, "more") that pops up over a name', params: {} },
  // --- reconcile: what the located story leaves out ---
  'outside-main-content': {
    kind: ['nav', 'other'], reason: 'Block outside the main content located on the page (a link block is nav); switched off, the whole pruned page is classified',
    params: {},
  },
  // --- blocks: the learned block classifier (src/classify/) ---
  'block-classifier': {
    kind: ['nav', 'footer', 'related', 'comments', 'share', 'ad', 'other'], reason: 'Gradient-boosted trees over the block\'s structure, neighbours, page type and pith\'s own measures score it below the main-content threshold; the reason names the score and the strongest features. Switched off, the located story and outside-main-content decide',
    params: {},
  },
  // --- blocks: runs and sections (html/classify.ts) ---
  'link-list': { kind: ['related', 'nav'], reason: 'One of several consecutive blocks that are links: a list of other stories, or a menu', params: {} },
  'link-list-heading': { kind: ['related', 'nav'], reason: 'Short heading line introducing a list of links', params: { maxChars: 80 } },
  standfirst: { kind: 'other', reason: 'The summary the page declares as its description, shown above the story', params: {} },
  'closing-promo': { kind: ['newsletter', 'footer'], reason: "The story's closing lines: a call to follow, join or subscribe, or a contact address", params: {} },
  'owner-section': {
    kind: 'footer', reason: "After a horizontal rule at the story's end: the publisher's boilerplate about itself, its subject named again and again in the page's chrome",
    // At most this many blocks, holding at most this share of the story's text above the rule.
    params: { maxBlocks: 3, maxShare: 0.5 },
  },
  'orphan-heading': { kind: KINDS, reason: 'A heading whose whole section was removed', params: {} },
  // --- blocks: one block at a time (html/lines.ts), tried in this order ---
  'caption-credit': { kind: 'other', reason: 'A picture caption: a short paragraph ending in a photo credit', params: { maxChars: 400 } },
  'tag-list': { kind: 'other', reason: 'A tag or keyword line: a label and a list of terms, not a sentence', params: { minLinkShare: 0.5, minTerms: 3 } },
  'page-url': { kind: 'other', reason: "The page's own address printed as a line", params: {} },
  'teaser-label': { kind: 'related', reason: 'A "Don\'t miss"-style label and the links to other stories it introduces', params: { maxWords: 4 } },
  'teaser-line': { kind: 'related', reason: 'A "Read more:"-style line linking to another story', params: { minLinkShare: 0.3 } },
  'labelled-link': { kind: 'related', reason: 'A short label and a colon, then a link with a headline: a pointer to another story', params: { maxLabelWords: 5 } },
  'linked-headline': { kind: 'related', reason: 'A paragraph that is a single link with a headline, not a sentence: a teaser for another story', params: { minLinkShare: 0.9 } },
  'ad-label': { kind: 'ad', reason: 'A short advertisement label or "continue reading below" line', params: { maxWords: 5 } },
  caption: { kind: 'other', reason: 'An image caption that is a label, not a sentence: describes a picture, not part of the story text', params: {} },
  byline: {
    kind: 'other', reason: 'A byline or dateline: who wrote the story and when, not the story',
    // Before or after the story, or within topReach blocks of its first paragraph. A byline or date line has at most
    // maxWords words; one naming the declared author at most that name's words and extraWords more.
    params: { maxWords: 12, extraWords: 8, topReach: 2 },
  },
  fragment: { kind: 'other', reason: 'A single word or number standing alone: a widget label or counter, not a sentence', params: { maxChars: 20 } },
  'trailing-promo': { kind: ['newsletter', 'footer'], reason: 'After the story: a subscription or follow call, contact line or copyright notice', params: {} },
} as const satisfies Record<string, RuleSpec>;

export type HtmlRuleId = keyof typeof HTML_RULES;
