// A WordPress post for the strict pages, made through the test site's seed
// API (scripts/wordpress/mu-plugins/natter-test/seed-api.php): one plain
// comment and one whose HTML carries markup to keep, a script and a
// `javascript:` link to drop.
export const wordPressComments = [
  {key: 'plain', author_name: 'Plain Reader', content: 'A plain comment.'},
  {
    key: 'html',
    author_name: 'Html Reader',
    content:
      'Some <strong>bold</strong> text and a <a href="https://example.com/">link</a>.' +
      '<script>window.__natterPwned = true</script>' +
      ' <a href="javascript:window.__natterPwned=true">Hostile link</a>.',
  },
];

/** Creates the post; resolves with its id. */
export async function seedWordPressPost({url, token}) {
  const response = await fetch(`${url}/wp-json/natter-test/v1/threads`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'X-Natter-Seed-Token': token},
    body: JSON.stringify({title: 'Strict page', comments: wordPressComments}),
    signal: AbortSignal.timeout(15_000),
  });
  const answer = await response.json();
  if (!response.ok || !answer.post) {
    throw new Error(`seeding WordPress failed (${response.status}): ${JSON.stringify(answer)}`);
  }
  return String(answer.post);
}
