// What the strings test reads off a page: every text a person or a screen
// reader meets in `<natter-comments>` (its shadow tree and the reply forms'
// inside it), and each text its live region takes over time.

/**
 * Records every text the section's live region (`role="status"`) shows, on
 * this and every later document of the page. Returns a reader.
 */
export async function watchLiveRegion(page) {
  await page.addInitScript(() => {
    const seen = [];
    window.__natterLive = seen;
    let last = '';
    setInterval(() => {
      const region = document
        .querySelector('natter-comments')
        ?.shadowRoot?.querySelector('[role="status"]');
      const text = region?.textContent?.trim() ?? '';
      if (text && text !== last) seen.push(text);
      last = text;
    }, 20);
  });
  return {texts: () => page.evaluate(() => [...(window.__natterLive ?? [])])};
}

/**
 * The section's texts as `{where, text}`: text nodes (outside style
 * elements), and the attributes that name or describe something. `empty`
 * lists the controls and headings that have no text at all.
 */
export function collectTexts(page) {
  return page.evaluate(() => {
    const texts = [];
    const empty = [];
    // An empty alt is a decorative picture (avatars sit next to the name), so it is not flagged.
    const attributes = ['aria-label', 'title', 'placeholder', 'aria-description'];
    const describe = (element) => {
      const part = element.getAttribute('part');
      return `<${element.localName}${part ? ` part="${part}"` : ''}${element.className && typeof element.className === 'string' ? ` class="${element.className}"` : ''}>`;
    };
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName === 'style' || element.localName === 'script') continue;
        for (const node of element.childNodes) {
          const text = node.nodeType === Node.TEXT_NODE ? node.textContent.trim() : '';
          if (text) texts.push({where: describe(element), text});
        }
        for (const name of attributes) {
          if (!element.hasAttribute(name)) continue;
          const value = element.getAttribute(name).trim();
          if (value) texts.push({where: `${describe(element)}[${name}]`, text: value});
          else empty.push(`${describe(element)}[${name}]`);
        }
        const named = ['button', 'label', 'h2', 'h3', 'legend', 'option'].includes(
          element.localName,
        );
        if (named && !element.textContent.trim() && !element.getAttribute('aria-label')?.trim()) {
          empty.push(describe(element));
        }
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    const section = document.querySelector('natter-comments');
    if (section?.shadowRoot) visit(section.shadowRoot);
    return {texts, empty};
  });
}
