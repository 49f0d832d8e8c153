// The threads the accessibility walk (a11y-states.e2e.mjs) reads, and the two
// reference servers it reads them from: one that publishes every comment,
// one that holds every new comment for the owner.
import {openAndHeldServers} from './servers.mjs';

export const MAIN = '/a11y/main';
export const LONG = '/a11y/long';
export const ARABIC = '/a11y/arabic';
export const EMPTY = '/a11y/empty';
/** One more than the replies a list carries per comment, so "Show 1 more reply" is offered. */
const LONG_BRANCH = 201;

const at = (minute) => new Date(Date.UTC(2026, 3, 1, 8, minute)).toISOString();
const comment = (id, parentId, name, body, minute) => ({
  id,
  parentId,
  author: {name},
  body,
  createdAt: at(minute),
});

function discussions() {
  const long = [comment('l0', null, 'Aled', 'Who walked the whole estuary path?', 0)];
  for (let i = 0; i < LONG_BRANCH; i++) {
    long.push(comment(`l${i + 1}`, 'l0', `Walker ${i}`, `I did, in ${i + 2} hours.`, 1 + i));
  }
  return [
    {
      thread: MAIN,
      comments: [
        comment('m1', null, 'Maelle', 'First light on the estuary.', 0),
        comment('m2', 'm1', 'Tomasz', 'The herons were out early.', 1),
        comment('m3', 'm2', 'Maelle', 'Four of them by the weir.', 2),
        comment('m4', null, 'Ines', 'Is the footpath open again?', 3),
        comment('m5', 'm4', 'Kojo', 'Since Tuesday, yes.', 4),
        comment('m6', null, 'Kojo', 'Lovely write-up.', 5),
      ],
    },
    {thread: LONG, comments: long},
    {
      thread: ARABIC,
      comments: [
        comment('a1', null, 'ليلى', 'جولة رائعة على طول المصب، شكرا على الخرائط.', 0),
        comment('a2', 'a1', 'يوسف', 'هل الطريق مفتوح في الشتاء أيضا؟', 1),
        comment('a3', null, 'Sam', 'Mixed text: the ferry costs ٣ pounds.', 2),
      ],
    },
  ];
}

const servers = openAndHeldServers(discussions);

/** The server that publishes (`open`) or holds (`held`) new comments; started once. */
export const a11yServer = (site, kind) => servers.get(site, kind);

/** Stops the servers (run.mjs calls it at the end). */
export const closeA11yServers = () => servers.close();
