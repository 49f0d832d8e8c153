import {LitElement, css, html} from 'lit';
import {controls, tokens} from './admin.styles.js';
import type {AdminSettings, RateLimit} from './types.js';

const MODERATION: Record<AdminSettings['moderation'], string> = {
  none: 'None: comments appear at once',
  'first-time': 'First-time authors are held for review',
  all: 'Every comment is held for review',
};

const limit = (value: RateLimit) =>
  value ? `${value.count} per ${value.perSeconds} seconds` : 'No limit';

/** What the server runs with, read only: it is set where the server is started. */
export class NatterAdminSettings extends LitElement {
  static override styles = [
    tokens,
    controls,
    css`
      dl {
        display: grid;
        grid-template-columns: minmax(8rem, max-content) 1fr;
        gap: 0.5rem 1rem;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      dt {
        font-weight: 600;
      }
      @media (max-width: 40rem) {
        dl {
          grid-template-columns: 1fr;
        }
        dd {
          margin-bottom: 0.5rem;
        }
      }
    `,
  ];
  static override properties = {settings: {attribute: false}};

  settings?: AdminSettings;

  override render() {
    const s = this.settings;
    if (!s) return html`<p class="muted">Loading…</p>`;
    const rows: [string, string][] = [
      ['Moderation', MODERATION[s.moderation] ?? s.moderation],
      ['Email', s.emailOptional ? 'Optional' : 'Required'],
      ['Site', s.site],
      ['Allowed origins', s.origins.length ? s.origins.join(', ') : 'This server only'],
      ['Reads', limit(s.rateLimits.reads)],
      ['Posts per address', limit(s.rateLimits.posts)],
      ['Posts per email', limit(s.rateLimits.postsPerEmail)],
      [
        'Proof of work',
        s.proofOfWork ? `up to ${s.proofOfWork.toLocaleString('en')} hashes a comment` : 'Off',
      ],
      ['Live streams', `${s.maxStreams} in all, ${s.maxStreamsPerAddress} per address`],
      ['Caching', `${s.cache.maxAge} s, stale for ${s.cache.staleWhileRevalidate} s more`],
      ['Database', s.database === 'postgres' ? 'PostgreSQL' : 'SQLite'],
      ['Admin password', s.passwordSet ? 'Set' : 'Not set (sign in with the admin token)'],
      ['Sessions last', `${s.sessionHours} hours`],
    ];
    return html`<section aria-labelledby="title">
      <h2 id="title">Settings</h2>
      <p class="muted">These are set where the server starts; change them there and restart.</p>
      <dl>
        ${rows.map(
          ([term, value]) =>
            html`<dt>${term}</dt>
              <dd>${value}</dd>`,
        )}
      </dl>
    </section>`;
  }
}
