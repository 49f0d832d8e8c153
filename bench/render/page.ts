// The page the render benchmark drives: it builds a thread of a given size,
// renders it with <natter-comments>, and renders the same markup again with a
// plain innerHTML assignment, timing each to the first frame after it. Each
// call measures one thing, so run.mjs can interleave them.
import {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import {NatterReplyForm} from '../../src/components/natter-reply-form/natter-reply-form.js';
import {createMemoryAdapter, type MemoryAdapter} from '../../src/adapters/memory.js';
import type {CommentsAdapter} from '../../src/adapters/types.js';
import type {Comment} from '../../src/core/types.js';

NatterComments.define();
NatterReplyForm.define();

const THREAD = '/bench/';
const NAMES = ['Ada', 'Grace', 'Linus', 'Margaret', 'Ken', 'Barbara', 'Dennis', 'Frances'];

/** A thread of `size` comments, replies up to depth 3, deterministic. */
export function makeThread(size: number): Comment[] {
  const comments: Comment[] = [];
  const base = Date.UTC(2026, 0, 1);
  const depthOf = new Map<string, number>();
  for (let i = 0; i < size; i++) {
    const id = `c${i}`;
    let parentId: string | null = null;
    // Every third comment answers a recent one, never deeper than 3 levels.
    if (i % 3 !== 0 && i > 0) {
      const candidate = `c${i - 1 - (i % 5)}`;
      const depth = depthOf.get(candidate);
      if (depth !== undefined && depth < 3) parentId = candidate;
    }
    depthOf.set(id, parentId ? depthOf.get(parentId)! + 1 : 1);
    comments.push({
      id,
      parentId,
      author: {
        name: NAMES[i % NAMES.length],
        url: i % 4 === 0 ? 'https://example.com/' : undefined,
      },
      body: `Comment ${i}: a few sentences of text.\n\nA second paragraph with a link https://example.com/${i} and more words.`,
      createdAt: new Date(base + i * 60_000).toISOString(),
      status: 'published',
    });
  }
  return comments;
}

function nextFrame(): Promise<void> {
  // rAF fires before style/layout/paint; the task after it runs once the frame is produced.
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

const stage = document.getElementById('stage')!;

/** What one measurement took: to the first frame, and the script's share before it. */
export interface Timing {
  ms: number;
  script: number;
  rendered: number;
}

/**
 * An adapter that answers with the whole thread in one page, whatever page
 * size is asked for, so the full-render rows really render every comment.
 */
function wholeThreadAdapter(comments: Comment[]): CommentsAdapter {
  return {
    list: async () => ({comments: comments.map((c) => ({...c})), total: comments.length}),
    create: () => Promise.reject(new Error('read-only benchmark adapter')),
  };
}

const renderedIn = (root: ParentNode) => root.querySelectorAll('[id^="comment-"]').length;

async function renderWidget(
  pageSize: number,
  adapter: CommentsAdapter,
): Promise<Timing & {el: NatterComments}> {
  const el = document.createElement('natter-comments') as NatterComments;
  el.setAttribute('thread', THREAD);
  el.setAttribute('loading', 'eager');
  el.setAttribute('page-size', String(pageSize));
  const loaded = new Promise((resolve) =>
    el.addEventListener('natter-loaded', resolve, {once: true}),
  );
  const t0 = performance.now();
  el.adapter = adapter;
  stage.append(el);
  await loaded;
  await el.updateComplete;
  const script = performance.now() - t0;
  await nextFrame();
  const ms = performance.now() - t0;
  return {ms, script, rendered: renderedIn(el.shadowRoot!), el};
}

/** Same markup as the widget produced, without Lit's comment markers, styles included. */
function snapshot(el: NatterComments): string {
  const root = el.shadowRoot!;
  const styles = [...root.adoptedStyleSheets]
    .map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n'))
    .join('\n');
  const html = root.innerHTML.replace(/<!--[^]*?-->/g, '');
  return `<style>${styles}</style>${html}`;
}

const threads = new Map<number, Comment[]>();
const threadOf = (size: number) => {
  let comments = threads.get(size);
  if (!comments) threads.set(size, (comments = makeThread(size)));
  return comments;
};
const markups = new Map<number, string>();
const backends = new Map<number, MemoryAdapter>();
let freshBackend: MemoryAdapter | undefined;

declare global {
  interface Window {
    natterBench: typeof bench;
  }
}

const bench = {
  /**
   * Empties the stage and lets a frame go by, so that taking the last
   * measurement's comments off the page (slow in itself) is not timed in the next.
   */
  async clear() {
    stage.replaceChildren();
    await nextFrame();
  },

  /** Every comment of a thread of `size` on one page, rendered by the widget. */
  async widget(size: number): Promise<Timing> {
    stage.replaceChildren();
    const {el, ms, script, rendered} = await renderWidget(size, wholeThreadAdapter(threadOf(size)));
    if (!markups.has(size)) markups.set(size, snapshot(el));
    return {ms, script, rendered};
  },

  /** The markup the widget made for `size` (see `widget`), as one innerHTML assignment. */
  async innerHTML(size: number): Promise<Timing> {
    const markup = markups.get(size);
    if (!markup) throw new Error(`Render the widget with ${size} comments first.`);
    stage.replaceChildren();
    const host = document.createElement('div');
    const root = host.attachShadow({mode: 'open'});
    const t0 = performance.now();
    root.innerHTML = markup;
    stage.append(host);
    const script = performance.now() - t0;
    await nextFrame();
    return {ms: performance.now() - t0, script, rendered: renderedIn(root)};
  },

  /** A newly seeded backend for the next `firstPage(size, true)`. */
  seedFresh(size: number) {
    freshBackend = createMemoryAdapter({seed: {[THREAD]: threadOf(size)}});
  },

  /**
   * The first page (page size 20) of a thread of `size` held by the memory
   * adapter: from handing the adapter to <natter-comments> to the frame after
   * `natter-loaded`, subscribe included. Seeding is never timed: the backend
   * is there before the page, as a server's database is. `fresh` takes the
   * backend `seedFresh` made for this call; otherwise one per size serves
   * every call, as one backend serves many readers.
   */
  async firstPage(size: number, fresh = false, pageSize = 20): Promise<Timing> {
    stage.replaceChildren();
    let backend = fresh ? freshBackend : backends.get(size);
    freshBackend = undefined;
    if (!backend) {
      if (fresh) throw new Error('Call seedFresh() before each fresh first page.');
      backend = createMemoryAdapter({seed: {[THREAD]: threadOf(size)}});
      backends.set(size, backend);
    }
    const {ms, script, rendered} = await renderWidget(pageSize, backend);
    return {ms, script, rendered};
  },
};

window.natterBench = bench;
