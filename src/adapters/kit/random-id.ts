// The backends' ids and the reply form's idempotency keys come from one generator.
export {randomId} from '../../core/random-id.js';
