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

async function renderWidget(
  pageSize: number,
  adapter: CommentsAdapter,
): Promise<{ms: number; el: NatterComments}> {
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
  return {ms: performance.now() - t0, el};
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
  /** First page only (default page size), whatever the thread's size. */
  async firstPage(size: number, pageSize = 20) {
    const comments = makeThread(size);
    const widget = await renderWidget(pageSize, createMemoryAdapter({seed: {[THREAD]: comments}}));
    const rendered = widget.el.shadowRoot!.querySelectorAll('[id^="comment-"]').length;
    stage.replaceChildren();
    return {widget: widget.ms, rendered};
  },
};

window.natterBench = bench;
