#!/usr/bin/env node
// Writes a WordPress export (WXR) of made-up posts and comments, for
// measuring `natter-server import wordpress` on large files:
//
//   node bench/import/generate-wxr.mjs FILE [--posts 1000] [--per-post 100]
//
// In each post, comments come in runs of four: a top-level comment and a
// chain of three replies (depth 4). Every 10th is held, every 25th is spam,
// every 50th a pingback; each post lists one reply before its parent. Prints
// the counts the import should report, as JSON.
import {once} from 'node:events';
import {createWriteStream} from 'node:fs';
import {finished} from 'node:stream/promises';
import {parseArgs} from 'node:util';

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {posts: {type: 'string', default: '1000'}, 'per-post': {type: 'string', default: '100'}},
});
const [file] = positionals;
if (!file) {
  console.error('usage: generate-wxr.mjs FILE [--posts N] [--per-post N]');
  process.exit(2);
}
const posts = Number(values.posts);
const perPost = Number(values['per-post']);
const out = createWriteStream(file);
const write = async (text) => {
  if (!out.write(text)) await once(out, 'drain');
};

const counts = {comments: 0, published: 0, pending: 0, spam: 0, pingbacks: 0, threads: 0};
const start = Date.UTC(2020, 0, 1);

function comment(post, index, id, parent) {
  const kind = index % 50 === 49 ? 'pingback' : index % 25 === 24 ? 'spam' : null;
  const approved = kind === 'spam' ? 'spam' : index % 10 === 9 ? '0' : '1';
  if (kind === 'pingback') counts.pingbacks++;
  else if (kind === 'spam') counts.spam++;
  else if (approved === '0') counts.pending++;
  else counts.published++;
  const date = new Date(start + (post * perPost + index) * 60_000).toISOString();
  const gmt = date.slice(0, 19).replace('T', ' ');
  return `
    <wp:comment>
      <wp:comment_id>${id}</wp:comment_id>
      <wp:comment_author><![CDATA[Reader ${index % 37}]]></wp:comment_author>
      <wp:comment_author_email><![CDATA[reader${index % 37}@example.test]]></wp:comment_author_email>
      <wp:comment_author_url><![CDATA[https://reader${index % 37}.example.test/]]></wp:comment_author_url>
      <wp:comment_author_IP><![CDATA[192.0.2.${index % 250}]]></wp:comment_author_IP>
      <wp:comment_date><![CDATA[${gmt}]]></wp:comment_date>
      <wp:comment_date_gmt><![CDATA[${gmt}]]></wp:comment_date_gmt>
      <wp:comment_content><![CDATA[<p>Comment ${index} on post ${post}: some words &amp; a <a href="https://example.test/${index}">link</a>.</p>
<p>A second paragraph, so the text has some length to it, as real comments do.</p>]]></wp:comment_content>
      <wp:comment_approved><![CDATA[${approved}]]></wp:comment_approved>
      <wp:comment_type><![CDATA[${kind === 'pingback' ? 'pingback' : 'comment'}]]></wp:comment_type>
      <wp:comment_parent>${parent}</wp:comment_parent>
      <wp:comment_user_id>0</wp:comment_user_id>
    </wp:comment>`;
}

await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Generated</title>
  <link>https://generated.example.test</link>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>https://generated.example.test</wp:base_site_url>
`);
let id = 1;
for (let post = 0; post < posts; post++) {
  const chunks = [];
  for (let index = 0; index < perPost; index++, id++) {
    const parent = index % 4 === 0 ? 0 : id - 1;
    chunks.push(comment(post, index, id, parent));
  }
  // A reply listed before its parent, as a file edited by hand may have it.
  if (chunks.length >= 2) [chunks[0], chunks[1]] = [chunks[1], chunks[0]];
  counts.comments += perPost;
  counts.threads++;
  await write(`
  <item>
    <title><![CDATA[Post ${post}]]></title>
    <link>https://generated.example.test/${2020 + (post % 5)}/post-${post}/</link>
    <content:encoded><![CDATA[<p>The text of post ${post}.</p>]]></content:encoded>
    <wp:post_id>${post + 1}</wp:post_id>
    <wp:status><![CDATA[publish]]></wp:status>
    <wp:post_type><![CDATA[post]]></wp:post_type>${chunks.join('')}
  </item>`);
}
await write('\n</channel>\n</rss>\n');
out.end();
await finished(out);
console.log(JSON.stringify(counts));
