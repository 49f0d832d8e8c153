/**
 * Turns the `adapter` and `endpoint` attributes into an adapter. Each
 * adapter module is imported on demand, so a page that uses the REST
 * backend never downloads the WordPress or localStorage code.
 */
import type {CommentsAdapter} from './types.js';

export type AdapterName = 'rest' | 'wordpress' | 'local' | 'memory';

export const ADAPTER_NAMES: readonly AdapterName[] = ['rest', 'wordpress', 'local', 'memory'];

/** Why a configuration cannot work. */
export type ConfigProblem = 'no-backend' | 'no-endpoint' | 'unknown-adapter';

/** A mistake in how the element was set up; retrying cannot fix it. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'config';
  readonly problem: ConfigProblem;
  /** The adapter name as written in the attribute. */
  readonly adapter?: string;

  constructor(problem: ConfigProblem, message: string, adapter?: string) {
    super(message);
    this.problem = problem;
    this.adapter = adapter;
  }
}

export function isConfigError(value: unknown): value is ConfigError {
  return value instanceof ConfigError;
}

/** `…/wp-json` is where WordPress serves its REST API. */
function looksLikeWordPress(endpoint: string): boolean {
  return /\/wp-json\/?$/i.test(endpoint.trim());
}

/**
 * Which adapter a configuration means, without loading it. An endpoint alone
 * means `rest`, or `wordpress` when it ends in `/wp-json`.
 *
 * @throws ConfigError when the combination cannot work.
 */
export function pickAdapter(name: string | undefined, endpoint: string | undefined): AdapterName {
  const wanted = name?.trim().toLowerCase();
  const hasEndpoint = Boolean(endpoint?.trim());
  if (!wanted) {
    if (!hasEndpoint) {
      throw new ConfigError(
        'no-backend',
        'No backend is configured: set the endpoint attribute or assign an adapter object.',
      );
    }
    return looksLikeWordPress(endpoint!) ? 'wordpress' : 'rest';
  }
  if (!(ADAPTER_NAMES as readonly string[]).includes(wanted)) {
    throw new ConfigError(
      'unknown-adapter',
      `Unknown adapter "${name}". Use one of: ${ADAPTER_NAMES.join(', ')}.`,
      name,
    );
  }
  if ((wanted === 'rest' || wanted === 'wordpress') && !hasEndpoint) {
    throw new ConfigError(
      'no-endpoint',
      `The "${wanted}" adapter needs an endpoint attribute.`,
      wanted,
    );
  }
  return wanted as AdapterName;
}

/**
 * The REST nonce WordPress prints on its own pages for a signed-in reader
 * (`wpApiSettings`, from its `wp-api-request` script), when it belongs to
 * `endpoint`: sent with each request, it lets WordPress know who posts.
 */
function wordPressNonce(endpoint: string): string | undefined {
  const settings = (globalThis as {wpApiSettings?: {root?: unknown; nonce?: unknown}})
    .wpApiSettings;
  if (typeof settings?.nonce !== 'string' || typeof settings.root !== 'string') return undefined;
  const normal = (url: string) => {
    try {
      return new URL(url, globalThis.location?.href).href.replace(/\/+$/, '');
    } catch {
      return undefined;
    }
  };
  const root = normal(settings.root);
  return root !== undefined && root === normal(endpoint) ? settings.nonce : undefined;
}

/**
 * Loads and creates the adapter a configuration names.
 *
 * @throws ConfigError for a configuration that cannot work; whatever the
 *   module import throws (a network failure) otherwise.
 */
export async function resolveAdapter(
  name: string | undefined,
  endpoint: string | undefined,
): Promise<CommentsAdapter> {
  const picked = pickAdapter(name, endpoint);
  const base = endpoint?.trim() ?? '';
  // Literal specifiers, one per branch, so bundlers split each into its own chunk.
  switch (picked) {
    case 'rest':
      return (await import('./rest.js')).createRestAdapter({endpoint: base});
    case 'wordpress':
      return (await import('./wordpress.js')).createWordPressAdapter({
        endpoint: base,
        nonce: wordPressNonce(base),
      });
    case 'local':
      return (await import('./local.js')).createLocalAdapter({});
    case 'memory':
      return (await import('./memory.js')).createMemoryAdapter({});
  }
}
