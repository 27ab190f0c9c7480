import { KINDS } from '../types.js';
import type { RuleSpec } from './types.js';

/**
 * The text path's rules. Line rules name a line's furniture wherever it stands (what the
 * line says of itself); place rules label lines by where they stand against the story run
 * (above its headline, inside it, after it). Ids are stable: they are what the sidecar
 * records. A number only one rule uses is in its `params`; shared ones are in thresholds.ts.
 */
export const TEXT_RULES = {
  // --- what a line is on its own (text/lines.ts flags, text/classify.ts ownVerdict), tried in this order ---
  'text-cookie': { kind: 'cookie', reason: 'Line is a cookie or consent notice.', params: {} },
  'text-legal': { kind: 'footer', reason: 'Line is a copyright, legal or site-service link (footer).', params: { maxChars: 400 } },
  'text-video-signature': {
    kind: 'video', reason: 'Line carries video-player signatures (clip durations, "N videos", "Source:").',
    // A line with minDurations running times is a player list; a single one with at most maxStampChars of text around it is a bare player stamp.
    params: { maxStampChars: 40, minDurations: 2 },
  },
  'text-ad-marker': { kind: 'ad', reason: 'Line is an advertisement marker.', params: {} },
  'text-promo': { kind: 'ad', reason: 'Short line opening with a promotional call to action.', params: {} },
  'text-signup': { kind: 'newsletter', reason: 'Line is a newsletter or sign-up pitch.', params: {} },
  'text-tags': { kind: 'nav', reason: 'Line is a strip of topic tags (links to other pages).', params: {} },
  'text-share': {
    kind: 'share', reason: 'Line is a share-bar button or share prompt.',
    // A line naming at least minNetworks social networks, one in wordsPerNetwork words or beside an @handle, is a share bar or "follow us" line up to this length (CJK-weighted); longer, it is prose about them.
    params: { maxSocialChars: 160, minNetworks: 2, wordsPerNetwork: 3 },
  },
  'text-pointer': { kind: 'related', reason: 'Line points to another article ("Read more: …").', params: { maxChars: 300 } },
  'text-heading-related': { kind: 'related', reason: 'Short line that heads or stands for a related section.', params: {} },
  'text-heading-comments': { kind: 'comments', reason: 'Short line that heads or stands for a comments section, or the commenter and date line of a reader comment.', params: {} },
  'text-heading-video': { kind: 'video', reason: 'Short line that heads or stands for a video section.', params: {} },
  'text-heading-newsletter': { kind: 'newsletter', reason: 'Short line that heads or stands for a newsletter section.', params: {} },
  // --- the story run (text/run.ts, story.ts, tail.ts): what it leaves out, or takes in ---
  'text-trim-lead': {
    kind: 'other', reason: 'A byline or date a line or two into the story run: what stands above it is a caption or standfirst, not story.',
    // Searched this many lines into the run, while the text above stays this short (characters).
    params: { reach: 3, maxChars: 400 },
  },
  'text-bio': {
    kind: 'other', reason: "An author's bio closing the story (a name line and a paragraph about that person, or a paragraph opening with the bylined name): cut off the run.",
    // Searched in the run's last `reach` lines; a bylined paragraph is a bio up to maxChars; a name line has minNameWords-maxNameWords capitalised words.
    params: { reach: 3, maxChars: 400, minNameWords: 2, maxNameWords: 4 },
  },
  'text-owner-box': {
    kind: 'footer', reason: "The publisher's about-us paragraph set off by a wider gap at the story's end, its subject named again and again in the page's chrome: cut off the run.",
    params: { maxLines: 3 },
  },
  'text-list-intro': {
    kind: 'other', reason: 'Keeps a list the story announces with a colon ("Tour dates:") although its items are short.',
    // The colon line stands at most this many lines after the story's last paragraph.
    params: { reach: 2 },
  },
  'text-uniform-list': {
    kind: 'other', reason: 'Keeps a list right after the story whose items are all built with one separator (tour dates, qualified teams).',
    params: { minItems: 4 },
  },
  // --- inside the story run ---
  'text-caption': {
    kind: 'other', reason: 'Image caption: the line is followed by a photo credit.',
    // The credit that marks the sentence above as a caption names a photographer and agency: at most this many words.
    params: { maxCreditWords: 8 },
  },
  'text-recurring-caption': {
    kind: 'other', reason: 'Short line printed again and again on the page: a gallery caption under each photo, not story text.',
    // Printed at least minCount times (twice is a subheading echoed in a table of contents), with at least minWords words.
    params: { minCount: 3, minWords: 6 },
  },
  'text-inline-card': {
    kind: 'related', reason: 'Teaser card set into the story: a headline printed twice and its blurb.',
    // The doubled headline has at least minWords words (a doubled "Share" or "Menu" is no card); at most maxGap lines (a section label) stand between it and its copy.
    params: { minWords: 4, maxGap: 1 },
  },
  'text-caption-credit': { kind: 'other', reason: 'Image caption that ends with its photo credit.', params: {} },
  'text-credit': { kind: 'other', reason: 'Photo credit line inside the story run.', params: {} },
  'text-box': { kind: KINDS, reason: 'Inside a box that a heading opened within the story (the reason names the heading rule).', params: {} },
  // --- above the story ---
  'text-headline-furniture': { kind: 'other', reason: 'Byline, date or caption between the headline and the story.', params: {} },
  'text-nav-run': { kind: 'nav', reason: 'Short line in the navigation run above the story.', params: {} },
  'text-consent-button': {
    kind: 'cookie', reason: 'Short button label right under a cookie notice.',
    // Up to this many lines under the notice, each of at most buttonWords words.
    params: { buttons: 2, buttonWords: 3 },
  },
  // --- after the story ---
  'text-card': { kind: 'related', reason: 'Card furniture: a relative age or a "- Source" attribution line.', params: { maxAttributionWords: 5 } },
  'text-section': { kind: KINDS, reason: 'Inside a section that a heading opened after the story (the reason names the heading rule).', params: {} },
  'text-after-story': { kind: 'other', reason: 'After the end of the story, outside any recognised section.', params: {} },
  // --- the learned line classifier (src/classify/lines.ts), after settle, on page types the rules serve badly ---
  'line-classifier': {
    kind: KINDS, reason: "A logistic model over the line's measures, furniture flags, the rules' verdict, its place against the story run and its neighbours scores it below the story threshold; the reason names the score and the strongest features. It also keeps lines the rules removed when it is sure they are story. Switched off, the rules decide",
    params: {},
  },
} as const satisfies Record<string, RuleSpec>;

export type TextRuleId = keyof typeof TEXT_RULES;
