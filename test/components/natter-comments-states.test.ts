import {aTimeout, expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {AdapterError} from '../../src/adapters/errors.js';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import type {NatterErrorEvent} from '../../src/events/error-event.js';
import {
  $,
  $$,
  button,
  controlledAdapter,
  discussion,
  heading,
  memory,
  mount,
  text,
  THREAD,
} from './natter-comments-support.js';

async function mountUnloaded(template: ReturnType<typeof html>): Promise<NatterComments> {
  const el = await fixture<NatterComments>(template);
  await el.updateComplete;
  return el;
}

describe('natter-comments: states', () => {
  it('shows an accessible placeholder with reserved height while loading', async () => {
    const {adapter, calls} = controlledAdapter();
    const el = await mountUnloaded(
      html`<natter-comments
        loading="eager"
        thread=${THREAD}
        .adapter=${adapter}
      ></natter-comments>`,
    );
    await waitUntil(() => calls.length === 1);
    expect(text($(el, '.skeleton'))).to.contain('Loading comments…');
    expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(150);
    await expect(el).to.be.accessible();
    calls[0].resolve({comments: discussion(), total: 4});
    await waitUntil(() => $(el, '.thread'));
    expect($(el, '.skeleton')).to.equal(null);
    expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('invites the first comment when the thread is empty', async () => {
    const el = await mount(memory([]));
    expect(heading(el)).to.equal('No comments yet');
    expect(text($(el, '.empty'))).to.equal('Be the first to share what you think.');
    await expect(el).to.be.accessible();
  });

  it('shows that comments are closed in place of the form, and offers no Reply', async () => {
    const adapter = memory();
    const closedPage = async (...args: Parameters<typeof adapter.list>) => ({
      ...(await adapter.list(...args)),
      closed: true,
    });
    const el = await mount({...adapter, list: closedPage});
    expect(text($(el, '[part="closed"]'))).to.equal('Comments are closed.');
    expect($(el, 'natter-reply-form')).to.equal(null);
    const replies = $$(el, 'button[data-action="reply"]');
    expect(replies.length).to.equal(4);
    expect(replies.every((b) => b.hidden)).to.equal(true);
    await expect(el).to.be.accessible();

    const empty = await mount({
      ...memory([]),
      list: async () => ({comments: [], total: 0, closed: true}),
    });
    expect($(empty, '.empty')).to.equal(null, 'no invitation to a closed thread');
    expect(text($(empty, '[part="closed"]'))).to.equal('Comments are closed.');
  });

  it('announces how many comments loaded', async () => {
    const el = await mount(memory());
    await waitUntil(() => /Loaded 4 comments/.test(text($(el, '[role="status"]'))));
  });

  const failures: [string, unknown, RegExp][] = [
    ['network', new AdapterError('network', 'offline'), /could not be reached/],
    ['timeout', new AdapterError('timeout', 'slow'), /took too long/],
    ['server', new AdapterError('server', 'boom', {status: 500}), /ran into a problem/],
    ['rate-limited', new AdapterError('rate-limited', 'slow down'), /too many requests/],
    ['forbidden', new AdapterError('forbidden', 'origin'), /does not serve comments to this site/],
    ['not-found', new AdapterError('not-found', 'nope'), /did not recognise this address/],
    ['a failed fetch', new TypeError('Failed to fetch'), /could not be reached/],
    ['anything else', new Error('weird'), /Something went wrong/],
  ];
  for (const [name, error, message] of failures) {
    it(`says what happened when loading fails (${name}) and fires natter-error`, async () => {
      const {adapter, calls} = controlledAdapter();
      const errors: NatterErrorEvent[] = [];
      const el = await mountUnloaded(
        html`<natter-comments
          loading="eager"
          thread=${THREAD}
          .adapter=${adapter}
          @natter-error=${(e: NatterErrorEvent) => errors.push(e)}
        ></natter-comments>`,
      );
      await waitUntil(() => calls.length === 1);
      calls[0].reject(error);
      await waitUntil(() => $(el, '.problem'));
      expect(text($(el, '.problem p'))).to.match(message);
      expect($(el, '.problem')!.getAttribute('role')).to.equal('alert');
      expect(errors).to.have.length(1);
      expect(errors[0].context).to.equal('load');
      expect(errors[0].error).to.equal(error);
      await expect(el).to.be.accessible();
    });
  }

  it('tries again when Retry is pressed', async () => {
    const adapter = memory();
    adapter.failNext(new AdapterError('server', 'boom'));
    const el = await mountUnloaded(
      html`<natter-comments
        loading="eager"
        thread=${THREAD}
        .adapter=${adapter}
      ></natter-comments>`,
    );
    await waitUntil(() => $(el, '.problem'));
    const loaded = oneEvent(el, 'natter-loaded');
    button(el, 'Retry').click();
    await loaded;
    expect($(el, '.problem')).to.equal(null);
    expect($$(el, 'article')).to.have.length(4);
  });

  it('treats a page without a comments list as a failure, not a crash', async () => {
    const broken = {list: async () => ({total: 3}), create: async () => discussion()[0]};
    const el = await mountUnloaded(
      html`<natter-comments loading="eager" thread=${THREAD} .adapter=${broken}></natter-comments>`,
    );
    await waitUntil(() => $(el, '.problem'));
    expect(text($(el, '.problem'))).to.match(/ran into a problem/);
  });

  it('drops a stale load: the newer one wins and the older is aborted', async () => {
    const {adapter, calls} = controlledAdapter();
    const el = await mountUnloaded(
      html`<natter-comments loading="eager" thread="/first" .adapter=${adapter}></natter-comments>`,
    );
    await waitUntil(() => calls.length === 1);
    el.thread = '/second';
    await waitUntil(() => calls.length === 2);
    expect(calls[0].options.signal!.aborted).to.equal(true);
    calls[1].resolve({comments: [discussion()[3]], total: 1});
    await waitUntil(() => $(el, '.thread'));
    // The first answer arrives late and must not replace the second.
    calls[0].resolve({comments: discussion(), total: 4});
    await aTimeout(20);
    expect(heading(el)).to.equal('1 comment');
    expect($$(el, 'article')).to.have.length(1);
  });

  it('loads lazily: nothing is fetched until the section nears the viewport', async () => {
    const {adapter, calls} = controlledAdapter();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: 4000px">Article</div>
        <natter-comments thread=${THREAD} .adapter=${adapter}></natter-comments>
      </div>`,
    );
    const el = wrapper.querySelector('natter-comments') as NatterComments;
    await el.updateComplete;
    await aTimeout(100);
    expect(calls).to.have.length(0);
    expect($(el, '.skeleton')).to.not.equal(null);
    // Within the 600px margin below the viewport is near enough.
    window.scrollTo(0, 4000 - window.innerHeight - 300);
    await waitUntil(() => calls.length === 1, 'list called once near the viewport');
    calls[0].resolve({comments: discussion(), total: 4});
    await waitUntil(() => $(el, '.thread'));
    window.scrollTo(0, 0);
  });

  it('loads at once with loading="eager", even far below the fold', async () => {
    const {adapter, calls} = controlledAdapter();
    await fixture(
      html`<div>
        <div style="height: 4000px">Article</div>
        <natter-comments loading="eager" thread=${THREAD} .adapter=${adapter}></natter-comments>
      </div>`,
    );
    await waitUntil(() => calls.length === 1);
  });
});

describe('natter-comments: configuration', () => {
  async function configError(template: ReturnType<typeof html>) {
    const errors: NatterErrorEvent[] = [];
    const listener = (e: Event) => errors.push(e as NatterErrorEvent);
    document.addEventListener('natter-error', listener);
    try {
      const el = await mountUnloaded(template);
      await waitUntil(() => $(el, '.problem'), 'config message shown');
      return {el, errors};
    } finally {
      document.removeEventListener('natter-error', listener);
    }
  }

  it('explains a missing backend', async () => {
    const {el, errors} = await configError(
      html`<natter-comments loading="eager"></natter-comments>`,
    );
    expect(text($(el, '.problem'))).to.match(/has no backend/);
    expect(errors.map((e) => e.context)).to.deep.equal(['config']);
    expect($(el, '.retry')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('explains an adapter that needs an endpoint', async () => {
    const {el, errors} = await configError(
      html`<natter-comments loading="eager" adapter="rest"></natter-comments>`,
    );
    expect(text($(el, '.problem'))).to.contain('The "rest" adapter needs an endpoint attribute.');
    expect(errors[0].context).to.equal('config');
  });

  it('explains an unknown adapter name', async () => {
    const {el} = await configError(
      html`<natter-comments loading="eager" adapter="firebase" endpoint="/x"></natter-comments>`,
    );
    expect(text($(el, '.problem'))).to.contain('There is no "firebase" adapter');
  });

  it('loads a named adapter on demand', async () => {
    const loaded = oneEvent(document, 'natter-loaded');
    const el = await mountUnloaded(
      html`<natter-comments loading="eager" adapter="memory" thread="/empty"></natter-comments>`,
    );
    await loaded;
    await el.updateComplete;
    expect(heading(el)).to.equal('No comments yet');
  });

  it('reports an unreachable REST backend as a load failure with Retry', async () => {
    const errors: NatterErrorEvent[] = [];
    const el = await mountUnloaded(
      html`<natter-comments
        loading="eager"
        endpoint="http://127.0.0.1:9/"
        thread="/t"
        @natter-error=${(e: NatterErrorEvent) => errors.push(e)}
      ></natter-comments>`,
    );
    await waitUntil(() => $(el, '.problem'), 'failure shown', {timeout: 9000});
    expect(text($(el, '.problem'))).to.match(/could not be reached/);
    expect(errors[0].context).to.equal('load');
    expect($(el, '.retry')).to.not.equal(null);
  });

  it('lets an assigned adapter object win over the attribute', async () => {
    const loaded = oneEvent(document, 'natter-loaded');
    const el = await mountUnloaded(
      html`<natter-comments
        loading="eager"
        adapter="rest"
        thread=${THREAD}
        .adapter=${memory()}
      ></natter-comments>`,
    );
    await loaded;
    expect(typeof el.adapter).to.equal('object');
    el.setAttribute('adapter', 'wordpress');
    await el.updateComplete;
    expect(typeof el.adapter).to.equal('object');
    el.adapter = undefined;
    expect(el.adapter).to.equal(undefined);
  });
});
