/**
 * Notices script that should never run, and markup that should never be in
 * the widget. The corpus's payloads set `window.__natterPwned` or call
 * `alert`; anything that throws reaches `error`; a CSP or Trusted Types
 * refusal fires `securitypolicyviolation`. The DOM scan checks what the
 * widget built: no executable elements, no `on*` attributes, and no link or
 * image whose URL is not http(s) (mailto only inside bodies).
 */

declare global {
  interface Window {
    __natterPwned?: unknown;
  }
}

type Dialog = 'alert' | 'confirm' | 'prompt' | 'print';
const DIALOGS: Dialog[] = ['alert', 'confirm', 'prompt', 'print'];

export interface ScriptDetector {
  /** Everything noticed so far: a payload ran, an error escaped, a policy refused. */
  readonly hits: string[];
  stop(): void;
}

/** Starts watching; call `stop()` in `afterEach`. */
export function watchForScripts(): ScriptDetector {
  const hits: string[] = [];
  const saved = new Map<Dialog, unknown>();
  for (const name of DIALOGS) {
    saved.set(name, window[name]);
    (window as unknown as Record<Dialog, unknown>)[name] = (...args: unknown[]) => {
      hits.push(`${name}(${args.map(String).join(', ')})`);
      return name === 'confirm' ? false : null;
    };
  }
  const onError = (event: ErrorEvent) => hits.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    hits.push(`unhandled rejection: ${String(event.reason)}`);
  const onViolation = (event: SecurityPolicyViolationEvent) =>
    hits.push(`policy violation: ${event.effectiveDirective} ${event.blockedURI}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('securitypolicyviolation', onViolation);
  delete window.__natterPwned;
  return {
    get hits() {
      return window.__natterPwned === undefined ? hits : [...hits, '__natterPwned was set'];
    },
    stop() {
      for (const [name, original] of saved) {
        (window as unknown as Record<Dialog, unknown>)[name] = original;
      }
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      document.removeEventListener('securitypolicyviolation', onViolation);
      delete window.__natterPwned;
    },
  };
}

/** Elements that run, load or reinterpret markup: none belongs in a comment. */
const EXECUTABLE = new Set(
  'SCRIPT IFRAME FRAME FRAMESET OBJECT EMBED APPLET BASE META LINK STYLE SVG MATH TEMPLATE NOSCRIPT XMP LISTING PLAINTEXT NOEMBED NOFRAMES VIDEO AUDIO SOURCE'.split(
    ' ',
  ),
);
/** Attributes whose value is fetched or navigated to. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'background',
  'ping',
];

/** Every element under `root`, inside open shadow roots too. */
export function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root);
  return found;
}

/** Why a URL attribute is unsafe, or `undefined` when it is http(s) (or allowed mailto). */
export function urlProblem(value: string, allowMailto: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(value, document.baseURI);
  } catch {
    return `unparsable URL ${JSON.stringify(value.slice(0, 80))}`;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return undefined;
  if (allowMailto && url.protocol === 'mailto:') return undefined;
  return `${url.protocol} URL ${JSON.stringify(value.slice(0, 80))}`;
}

/**
 * What is wrong with the markup under `root` (a comment, or a whole shadow
 * root): executable elements (unless `allowForm` for the reply form's own
 * controls), event-handler attributes, unsafe URLs.
 */
export function markupProblems(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of allElements(root)) {
    const tag = element.tagName;
    if (EXECUTABLE.has(tag.toUpperCase())) problems.push(`<${tag.toLowerCase()}> element`);
    const inBody = Boolean(element.closest('.body'));
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${name} attribute on <${tag.toLowerCase()}>`);
      if (URL_ATTRIBUTES.includes(name)) {
        const why = urlProblem(attribute.value, inBody && tag === 'A');
        if (why) problems.push(`${name} on <${tag.toLowerCase()}>: ${why}`);
      }
    }
  }
  return problems;
}

/** Fires the events inline handlers listen for, on every element (never `click`: links navigate). */
export function provoke(root: ParentNode): void {
  for (const element of allElements(root)) {
    for (const type of ['mouseover', 'mouseenter', 'pointerover', 'focus', 'toggle', 'load']) {
      element.dispatchEvent(new Event(type));
    }
  }
}

/** Time for image errors, loads, toggles and autofocus to happen. */
export async function settle(ms = 150): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await new Promise(requestAnimationFrame);
}

/** Text with every kind of white space removed, for "is the text still there" checks. */
export function squash(text: string): string {
  return text.replace(/[\s\u0085\u180e\u200b\u2060]+/gu, '');
}
