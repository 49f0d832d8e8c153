// The page the render benchmark drives: it builds a thread of a given size,
// renders it with <natter-comments>, and renders the same markup again with a
// plain innerHTML assignment, timing each to the first frame after it.
import {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import {NatterReplyForm} from '../../src/components/natter-reply-form/natter-reply-form.js';
import {createMemoryAdapter} from '../../src/adapters/memory.js';
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

/**
 * Wraps an adapter to note when its first `list` call answered and how long
 * `subscribe` took (the memory adapter snapshots the whole thread there).
 */
function timedList(inner: CommentsAdapter) {
  let resolvedAt = NaN;
  let subscribing = 0;
  // Everything else (getters and methods included) comes from the inner adapter.
  const adapter: CommentsAdapter = Object.create(inner);
  adapter.list = async (...args) => {
    const page = await inner.list(...args);
    if (Number.isNaN(resolvedAt)) resolvedAt = performance.now();
    return page;
  };
  if (inner.subscribe) {
    adapter.subscribe = (...args) => {
      const start = performance.now();
      const stop = inner.subscribe!(...args);
      subscribing += performance.now() - start;
      return stop;
    };
  }
  return {adapter, resolvedAt: () => resolvedAt, subscribing: () => subscribing};
}

async function renderWidget(
  pageSize: number,
  adapter: CommentsAdapter,
): Promise<{ms: number; t0: number; el: NatterComments}> {
  stage.replaceChildren();
  const el = document.createElement('natter-comments') as NatterComments;
  el.setAttribute('thread', THREAD);
  el.setAttribute('loading', 'eager');
  el.setAttribute('page-size', String(pageSize));
  el.adapter = adapter;
  const loaded = new Promise((resolve) =>
    el.addEventListener('natter-loaded', resolve, {once: true}),
  );
  const t0 = performance.now();
  stage.append(el);
  await loaded;
  await el.updateComplete;
  await nextFrame();
  return {ms: performance.now() - t0, t0, el};
}

async function renderInnerHTML(markup: string): Promise<number> {
  stage.replaceChildren();
  const host = document.createElement('div');
  const root = host.attachShadow({mode: 'open'});
  const t0 = performance.now();
  root.innerHTML = markup;
  stage.append(host);
  await nextFrame();
  return performance.now() - t0;
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

declare global {
  interface Window {
    natterBench: typeof bench;
  }
}

const bench = {
  /** Full render of every comment, against innerHTML of identical markup. */
  async full(size: number) {
    const comments = makeThread(size);
    const widget = await renderWidget(size, wholeThreadAdapter(comments));
    const markup = snapshot(widget.el);
    const rendered = widget.el.shadowRoot!.querySelectorAll('[id^="comment-"]').length;
    const plain = await renderInnerHTML(markup);
    stage.replaceChildren();
    return {widget: widget.ms, innerHTML: plain, rendered};
  },
  /**
   * First page only (default page size), whatever the thread's size. `afterList`
   * runs from the adapter's answer to the frame, and `own` leaves out the
   * adapter's `subscribe` too: the widget's share alone, so the backend's work
   * (the memory adapter walks the whole thread in `list` and `subscribe`)
   * does not hide whether the widget's first page grows with the thread.
   */
  async firstPage(size: number, pageSize = 20) {
    const comments = makeThread(size);
    const timed = timedList(createMemoryAdapter({seed: {[THREAD]: comments}}));
    const widget = await renderWidget(pageSize, timed.adapter);
    const end = widget.t0 + widget.ms;
    const rendered = widget.el.shadowRoot!.querySelectorAll('[id^="comment-"]').length;
    stage.replaceChildren();
    const afterList = end - timed.resolvedAt();
    return {widget: widget.ms, afterList, own: afterList - timed.subscribing(), rendered};
  },
};

window.natterBench = bench;
