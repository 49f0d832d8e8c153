import {Hono, type Context} from 'hono';
import {bodyLimit} from 'hono/body-limit';
import {checkLink, type LinkAction} from '../notify/links.js';
import {escapeHtml} from '../notify/messages.js';
import type {Services} from '../services.js';
import {changeStatus} from './status-change.js';

/** Plain pages with one form: nothing runs, nothing loads, the form posts to this server only. */
export const LINK_PAGE_POLICY = [
  "default-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const ASK: Record<LinkAction, {title: string; button: string; done: string}> = {
  approve: {title: 'Approve this comment?', button: 'Approve', done: 'The comment is published.'},
  delete: {title: 'Delete this comment?', button: 'Delete', done: 'The comment is deleted.'},
  unsubscribe: {
    title: 'Stop mails about replies?',
    button: 'Unsubscribe',
    done: 'You will get no more mail about replies from this site.',
  },
};

/**
 * `/notify/<action>/<subject>?expires=…&sig=…`: the one-click links of mails.
 * A GET only shows a page with a button, because mail scanners open links;
 * the POST acts, and is also what RFC 8058 one-click unsubscribe sends.
 */
export function notifyLinkRoutes(services: Services): Hono {
  const app = new Hono();
  app.use('*', bodyLimit({maxSize: 4096, onError: (c) => c.text('Too large.', 413)}));

  const read = (c: Context) => {
    const action = c.req.param('action') as LinkAction;
    const subject = c.req.param('subject') ?? '';
    const valid =
      action in ASK &&
      /^[A-Za-z0-9_-]{1,128}$/.test(subject) &&
      checkLink(services.identity, action, subject, c.req.query('expires'), c.req.query('sig'));
    return valid ? {action, subject} : null;
  };

  app.get('/:action/:subject', (c) => {
    const link = read(c);
    if (!link) return invalid(c);
    const {title, button} = ASK[link.action];
    // No action attribute: the form posts to this very address, query included.
    return html(
      c,
      200,
      title,
      `<form method="post"><button type="submit">${button}</button></form>`,
    );
  });

  app.post('/:action/:subject', async (c) => {
    const link = read(c);
    if (!link) return invalid(c);
    if (link.action === 'unsubscribe') {
      await services.db
        .insertInto('natter_unsubscribes')
        .values({email_key: link.subject, created_at: new Date().toISOString()})
        .onConflict((oc) => oc.column('email_key').doNothing())
        .execute();
    } else {
      const status = link.action === 'approve' ? 'published' : 'deleted';
      const row = await changeStatus(services, link.subject, status, services.publicBase(c));
      if (!row) return html(c, 404, 'There is no such comment', '<p>It may have been removed.</p>');
    }
    return html(c, 200, 'Done', `<p>${escapeHtml(ASK[link.action].done)}</p>`);
  });

  return app;
}

function invalid(c: Context) {
  return html(
    c,
    403,
    'This link does not work',
    '<p>It is incomplete, altered or expired. Use the console instead.</p>',
  );
}

function html(c: Context, status: 200 | 403 | 404, title: string, content: string) {
  c.header('Content-Security-Policy', LINK_PAGE_POLICY);
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cache-Control', 'no-store');
  return c.html(
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
      `<meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>` +
      `<body><h1>${escapeHtml(title)}</h1>${content}</body></html>\n`,
    status,
  );
}
