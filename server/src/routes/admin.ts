import {Hono} from 'hono';
import {requireAdmin} from '../admin/guard.js';
import type {Services} from '../services.js';
import {adminCommentRoutes} from './admin-comments.js';
import {adminEventRoutes} from './admin-events.js';
import {adminOwnerRoutes} from './admin-owner.js';
import {adminSessionRoutes} from './admin-session.js';

/**
 * The owner's API (docs/protocol.md, docs/moderation.md): signing in is open,
 * everything else needs the admin token as a bearer or a console session.
 */
export function adminRoutes(services: Services): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await services.limits.reads.take(services.clientAddress(c));
    await next();
  });
  app.route('/session', adminSessionRoutes(services));
  app.use('*', requireAdmin(services));
  app.route('/comments', adminCommentRoutes(services));
  app.route('/events', adminEventRoutes(services));
  app.route('/', adminOwnerRoutes(services));
  return app;
}
