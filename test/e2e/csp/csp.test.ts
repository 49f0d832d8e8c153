import {expect} from '@open-wc/testing';
import type {CspPageResult} from './page.js';

// Natter on a page sent with `Content-Security-Policy` (csp.config.mjs):
// scripts only from the site, no inline styles, Trusted Types enforced with
// the policy names Natter uses. It loads comments, sanitises a WordPress
// HTML body, posts one, and nothing is refused along the way.

const PAGE = '/test/e2e/csp/page.html';

function openStrictPage(): Promise<{result: CspPageResult; frame: HTMLIFrameElement}> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error('the strict page did not report')), 20_000);
    const pwned: string[] = [];
    window.addEventListener('message', function onMessage(event) {
      if (event.data === 'pwned') pwned.push('a payload ran');
      const result = event.data?.natterCsp as CspPageResult | undefined;
      if (!result) return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve({result: {...result, errors: [...result.errors, ...pwned]}, frame});
    });
    frame.src = PAGE;
    frame.style.width = '800px';
    frame.style.height = '900px';
    document.body.append(frame);
  });
}

describe('Natter under a strict Content Security Policy with Trusted Types', () => {
  before(async () => {
    await fetch('/csp-reset');
  });

  it('is served the policy as a real header', async () => {
    const response = await fetch(PAGE);
    const policy = response.headers.get('Content-Security-Policy') ?? '';
    expect(policy).to.include("script-src 'self'");
    expect(policy).to.include("style-src 'self'");
    expect(policy).to.include("require-trusted-types-for 'script'");
    expect(policy).to.match(/trusted-types [^;]*lit-html/);
  });

  it('loads, sanitises and posts with no violation', async function () {
    // A whole page in a frame, loading and posting: slower than a unit test on a busy machine.
    this.timeout(30_000);
    const {result, frame} = await openStrictPage();
    try {
      expect(result.enforced, 'the page enforced the policy').to.deep.equal({
        trustedTypes: true,
        eval: true,
      });
      expect(result.errors, result.errors.join('\n')).to.deep.equal([]);
      expect(result.violations, result.violations.join('\n')).to.deep.equal([]);
      expect(result.loaded).to.deep.equal([
        'A plain comment.',
        'Some bold text and a link.Hostile link.',
      ]);
      // The HTML body went through DOMPurify: markup kept, the script and the bad link gone.
      expect(result.htmlBody).to.include('<strong>bold</strong>');
      expect(result.htmlBody).to.include('href="https://example.com/"');
      expect(result.htmlBody).not.to.include('<script');
      expect(result.htmlBody).not.to.include('javascript:');
      expect(result.afterPost).to.include('Posted under a strict policy <b>not bold</b>');
      // Chromium also sends reports to the policy's report-uri: none but the probes'.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const reports = (await (await fetch('/csp-reports')).json()) as string[];
      const unexpected = reports.filter((text) => {
        const report = JSON.parse(text)['csp-report'] ?? {};
        const probe = /^(eval\||.*probe)/.test(String(report['script-sample']));
        return !probe;
      });
      expect(unexpected, unexpected.join('\n')).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
