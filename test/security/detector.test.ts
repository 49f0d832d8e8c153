import {expect} from '@open-wc/testing';
import {markupProblems, settle, watchForScripts} from './detector.js';

// The security tests pass when the detector sees nothing, so first show
// that it does see what it is meant to.

describe('the script and markup detector', () => {
  it('notices a payload that ran and an alert', async () => {
    const detector = watchForScripts();
    const holder = document.createElement('div');
    try {
      document.body.append(holder);
      holder.innerHTML = '<img src="data:," onerror="__natterPwned=1">';
      window.alert('hello');
      await settle();
      expect(detector.hits).to.include('__natterPwned was set');
      expect(detector.hits).to.include('alert(hello)');
    } finally {
      holder.remove();
      detector.stop();
    }
    expect(window.__natterPwned).to.equal(undefined);
  });

  it('flags executable elements, handlers and unsafe URLs, and passes safe markup', () => {
    const holder = document.createElement('div');
    holder.innerHTML =
      '<div class="body"><a href="mailto:a@b.c">ok in a body</a></div>' +
      '<a href="https://example.com/">ok</a><a href="#comment-1">ok</a>' +
      '<a href=" javascript:void(0)">bad</a><img src="data:image/png;base64,AA==">' +
      '<a href="mailto:a@b.c">not in a body</a><p onclick="x()">bad</p><svg></svg>';
    expect(markupProblems(holder)).to.deep.equal([
      'href on <a>: javascript: URL " javascript:void(0)"',
      'src on <img>: data: URL "data:image/png;base64,AA=="',
      'href on <a>: mailto: URL "mailto:a@b.c"',
      'onclick attribute on <p>',
      '<svg> element',
    ]);
  });
});
