import {expect} from '@open-wc/testing';
import {exactTime, relativeTime, safeLang} from '../../src/core/time.js';

const now = Date.UTC(2026, 10, 27, 12, 0, 0);
const ago = (ms: number) => new Date(now - ms).toISOString();
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('relativeTime', () => {
  it('reads like a person would say it', () => {
    expect(relativeTime(ago(10_000), now)).to.equal('now');
    expect(relativeTime(ago(5 * MIN), now)).to.equal('5 minutes ago');
    expect(relativeTime(ago(3 * HOUR), now)).to.equal('3 hours ago');
    expect(relativeTime(ago(DAY), now)).to.equal('yesterday');
    expect(relativeTime(ago(3 * DAY), now)).to.equal('3 days ago');
    expect(relativeTime(ago(14 * DAY), now)).to.equal('2 weeks ago');
    expect(relativeTime(ago(90 * DAY), now)).to.equal('3 months ago');
    expect(relativeTime(ago(800 * DAY), now)).to.equal('2 years ago');
  });

  it('reads a slightly future time (server clock ahead) as now', () => {
    expect(relativeTime(now + 2 * MIN, now)).to.equal('now');
  });

  it('speaks the reader’s language', () => {
    expect(relativeTime(ago(3 * HOUR), now, 'fr')).to.equal('il y a 3 heures');
    expect(relativeTime(ago(2 * DAY), now, 'de')).to.equal('vorgestern');
  });

  it('survives a bad date or a bad language tag', () => {
    expect(relativeTime('not a date', now)).to.equal('');
    expect(relativeTime(ago(3 * HOUR), now, 'not a tag!')).to.equal('3 hours ago');
    expect(safeLang('en_US!!')).to.equal('en');
  });
});

describe('exactTime', () => {
  it('gives the full date for a title', () => {
    const text = exactTime('2026-11-27T10:15:00.000Z', 'en');
    expect(text).to.contain('2026');
    expect(text).to.match(/November/);
  });
});
