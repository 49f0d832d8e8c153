import {expect} from '@open-wc/testing';
import {displayName, INVISIBLE_MARKER as MARK} from '../../src/core/display-name.js';
import {decodeEntities, htmlToText} from '../../src/core/html-text.js';
import {linkify} from '../../src/core/linkify.js';
import {safeUrl} from '../../src/core/url.js';
import {CORPUS} from './corpus.js';
import {settle, watchForScripts} from './detector.js';

// The DOM-free rules behind what the widget shows: which URLs may become
// links, how a body splits into text and links, and how a name is shown.

const HTTP = /^https?:\/\//;

describe('text rules against the hostile corpus', () => {
  it('has at least 60 payloads across every category', () => {
    expect(CORPUS.length).to.be.at.least(60);
    const categories = new Set(CORPUS.map((input) => input.category));
    expect([...categories].sort()).to.deep.equal([
      'attribute',
      'control',
      'markup',
      'scheme',
      'unicode',
    ]);
  });

  it('lets only http(s) through safeUrl, with or without a base, and mailto only when asked', () => {
    for (const {id, payload} of CORPUS) {
      for (const url of [safeUrl(payload), safeUrl(payload, {base: 'https://c.example/x/'})]) {
        if (url !== undefined) expect(url, id).to.match(HTTP);
      }
      const mail = safeUrl(payload, {allowMailto: true});
      if (mail !== undefined) expect(mail, id).to.match(/^(https?|mailto):/);
    }
  });

  it('makes only http(s) links of bodies and loses no character of them', () => {
    for (const {id, payload} of CORPUS) {
      const paragraphs = linkify(payload);
      const shown = paragraphs
        .flat(2)
        .map((segment) => {
          if (segment.kind === 'link') expect(segment.href, id).to.match(HTTP);
          return segment.text;
        })
        .join('');
      const squash = (text: string) => text.replace(/\s+/g, '');
      expect(squash(shown), id).to.equal(squash(payload));
    }
  });

  it('runs nothing while turning backend HTML into text', async () => {
    const detector = watchForScripts();
    try {
      for (const {payload} of CORPUS) {
        htmlToText(payload);
        decodeEntities(payload);
      }
      await settle();
      expect(detector.hits).to.deep.equal([]);
    } finally {
      detector.stop();
    }
  });
});

describe('displayName', () => {
  it('drops bidi controls, so a name reads in the order it was typed', () => {
    expect(displayName('\u202egnp.exe')).to.equal('gnp.exe');
    expect(displayName('Ada\u2067 \u200fLovelace\u2069')).to.equal('Ada Lovelace');
  });

  it('marks invisible characters, so a copy of a name does not look like it', () => {
    expect(displayName('A\u200bda')).to.equal(`A${MARK}da`);
    expect(displayName('Ada\u2060')).to.equal(`Ada${MARK}`);
    expect(displayName('Ad\u00ada')).to.equal(`Ad${MARK}a`);
    expect(displayName('\u3164')).to.equal(MARK);
    expect(displayName('tag\u{e0041}')).to.equal(`tag${MARK}`);
    expect(displayName('bell\u0007')).to.equal(`bell${MARK}`);
  });

  it('keeps joiners where scripts and emoji need them, and marks them elsewhere', () => {
    expect(displayName('\u{1f469}\u200d\u{1f4bb} Kim')).to.equal('\u{1f469}\u200d\u{1f4bb} Kim');
    expect(displayName('\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645')).to.equal(
      '\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645',
    );
    expect(displayName('\u{1f3f4}\u{e0067}\u{e0062}\u{e0077}\u{e006c}\u{e0073}\u{e007f}')).to.equal(
      '\u{1f3f4}\u{e0067}\u{e0062}\u{e0077}\u{e006c}\u{e0073}\u{e007f}',
    );
    expect(displayName('A\u200dda')).to.equal(`A${MARK}da`);
    expect(displayName('\u200cAda')).to.equal(`${MARK}Ada`);
  });

  it('cuts stacked combining marks to four and keeps ordinary accents', () => {
    expect(displayName('Z\u0300\u0301\u0302\u0303\u0304\u0305\u0306')).to.equal(
      'Z\u0300\u0301\u0302\u0303',
    );
    expect(displayName('Nguye\u0302\u0303n')).to.equal('Nguye\u0302\u0303n');
  });

  it('leaves ordinary names alone and gives nothing for blank or missing ones', () => {
    expect(displayName('  Zoë O\u2019Brien ')).to.equal('Zoë O\u2019Brien');
    expect(displayName('\u0634\u0644\u0648\u0645')).to.equal('\u0634\u0644\u0648\u0645');
    expect(displayName('   ')).to.equal('');
    expect(displayName(undefined)).to.equal('');
  });
});
