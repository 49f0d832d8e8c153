import {createWordPressAdapter} from '../../../src/adapters/wordpress.js';
import {describeAdapterConformance} from '../../../src/testing/conformance.js';
import {createPost, deletePost, endpoint, holdNext} from './site.js';

// Every test gets a post of its own on the real WordPress, deleted afterwards.
describeAdapterConformance('wordpress adapter (real WordPress)', async () => {
  const {post} = await createPost({title: 'Conformance thread'});
  return {
    adapter: createWordPressAdapter({endpoint, rememberPending: false}),
    thread: post,
    holdNext: () => holdNext(post),
    // Another browser: its own adapter, which knows nothing of this one's held comments.
    createPeer: () => createWordPressAdapter({endpoint, rememberPending: false}),
    cleanup: () => deletePost(post),
  };
});
