import {expect} from '@open-wc/testing';
import {
  codePointLength,
  limits,
  normaliseWebsite,
  validateDraft,
  type DraftInput,
} from '../../src/core/validate.js';

const good: DraftInput = {
  body: 'A thoughtful reply.',
  name: 'Ada',
  email: 'ada@example.com',
  url: '',
};
const problems = (input: Partial<DraftInput>, options = {}) =>
  validateDraft({...good, ...input}, options).map((e) => `${e.field}:${e.message}`);

describe('validateDraft', () => {
  it('accepts a complete draft', () => {
    expect(validateDraft(good)).to.deep.equal([]);
  });

  it('asks for a comment when the body is empty or only white space', () => {
    expect(problems({body: ''})).to.deep.equal(['body:errorBodyMissing']);
    expect(problems({body: ' \n\t '})).to.deep.equal(['body:errorBodyMissing']);
  });

  it('asks for a name', () => {
    expect(problems({name: '  '})).to.deep.equal(['name:errorNameMissing']);
  });

  it('asks for an email address by default and accepts none when it is optional', () => {
    expect(problems({email: ''})).to.deep.equal(['email:errorEmailMissing']);
    expect(problems({email: ''}, {requiresEmail: false})).to.deep.equal([]);
  });

  it('refuses malformed email addresses even when email is optional', () => {
    for (const email of ['ada', 'ada@', '@example.com', 'a@b@c', 'ada @example.com']) {
      expect(problems({email}, {requiresEmail: false}), email).to.deep.equal([
        'email:errorEmailInvalid',
      ]);
    }
    expect(problems({email: `${'a'.repeat(250)}@b.co`})).to.deep.equal(['email:errorEmailTooLong']);
  });

  it('takes only http and https websites', () => {
    expect(problems({url: 'https://ada.example'})).to.deep.equal([]);
    expect(problems({url: 'http://ada.example/blog'})).to.deep.equal([]);
    for (const url of ['javascript:alert(1)', 'ftp://ada.example', 'ada.example', 'data:,x']) {
      expect(problems({url}), url).to.deep.equal(['url:errorUrlInvalid']);
    }
    expect(problems({url: `https://ada.example/${'x'.repeat(2000)}`})).to.deep.equal([
      'url:errorUrlTooLong',
    ]);
  });

  it('counts the body in code points, as the server does, and never shortens it', () => {
    const emoji = '😀'.repeat(limits.body);
    expect(emoji.length).to.equal(limits.body * 2);
    expect(problems({body: emoji})).to.deep.equal([]);
    const over = validateDraft({...good, body: `${emoji}!`});
    expect(over).to.deep.equal([
      {field: 'body', message: 'errorBodyTooLong', params: {count: 5001, max: 5000}},
    ]);
  });

  it('limits names to 80 characters', () => {
    expect(problems({name: 'n'.repeat(80)})).to.deep.equal([]);
    expect(problems({name: 'n'.repeat(81)})).to.deep.equal(['name:errorNameTooLong']);
  });

  it('lists every problem in form order', () => {
    expect(problems({body: '', name: '', email: 'nope', url: 'mailto:a@b.c'})).to.deep.equal([
      'body:errorBodyMissing',
      'name:errorNameMissing',
      'email:errorEmailInvalid',
      'url:errorUrlInvalid',
    ]);
  });

  it('checks only the body for a signed-in person', () => {
    expect(problems({body: '', name: '', email: ''}, {signedIn: true})).to.deep.equal([
      'body:errorBodyMissing',
    ]);
  });
});

describe('codePointLength and normaliseWebsite', () => {
  it('count an astral character once', () => {
    expect(codePointLength('a😀b')).to.equal(3);
  });

  it('normalise a website or drop it', () => {
    expect(normaliseWebsite(' HTTPS://Ada.Example ')).to.equal('https://ada.example/');
    expect(normaliseWebsite('')).to.equal(undefined);
    expect(normaliseWebsite('javascript:alert(1)')).to.equal(undefined);
  });
});
