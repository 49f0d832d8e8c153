// Shared by the fault tests: a section on the rest adapter against the
// honest msw server, and the two outcomes a fault may have — one comment,
// or the draft kept with a way to retry.
import {expect, waitUntil} from '@open-wc/testing';
import {createRestAdapter} from '../../src/adapters/rest.js';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import {draftStorageKey} from '../../src/core/drafts.js';
import {worker} from '../adapters/support/msw-worker.js';
import {control, fill, formIn, notice, retryButton, submitButton} from './form-support.js';
import {honestServer} from './honest-server.js';
import {mountSection} from './support.js';

export const BASE = '/faults';

let threads = 0;
/** A fresh thread per test, so drafts and comments of one test never meet another's. */
export function freshThread(): string {
  return `/fault-${Date.now()}-${threads++}`;
}

export function startServer(options: {slowMs?: number} = {}) {
  const server = honestServer(BASE, options);
  worker.use(...server.handlers);
  return server;
}

/** The rest adapter with short timings, and no retries of its own unless asked. */
export function restAdapter(options: {retries?: number; timeout?: number} = {}) {
  return createRestAdapter({
    endpoint: BASE,
    retries: options.retries ?? 0,
    retryDelay: 10,
    timeout: options.timeout ?? 2000,
    reconnectDelay: {min: 30, max: 60},
  });
}

export async function restSection(thread: string, options = {}): Promise<NatterComments> {
  return mountSection(restAdapter(options), thread);
}

/** Types a comment into the section's form (it is not sent). */
export async function write(el: NatterComments, body: string) {
  const form = await formIn(el);
  await fill(form, {body});
  return form;
}

/** How many comments on screen (sending stand-ins aside) read `body`. */
export function shownCount(el: NatterComments, body: string): number {
  return [...el.shadowRoot!.querySelectorAll('article:not(.sending)')].filter(
    (article) => article.querySelector('.body')?.textContent?.trim() === body,
  ).length;
}

export async function waitForPosted(el: NatterComments, body: string): Promise<void> {
  await waitUntil(() => shownCount(el, body) === 1, `"${body}" was not shown`, {timeout: 5000});
}

/** The post failed and nothing is lost: the text is in the box and in storage, Retry is offered. */
export async function expectKeptDraft(el: NatterComments, thread: string, body: string) {
  const form = await formIn(el);
  await waitUntil(() => retryButton(form), 'no Retry button', {timeout: 5000});
  expect(notice(form), 'a message says what went wrong').to.not.equal('');
  expect(control(form, 'body').value).to.equal(body);
  expect(localStorage.getItem(draftStorageKey(thread, null)) ?? '').to.include(body);
  expect(submitButton(form).disabled).to.equal(false);
  expect(shownCount(el, body), 'no comment shown as posted').to.equal(0);
  return form;
}
