import {expect} from '@open-wc/testing';
import {AdapterError} from '../../src/adapters/errors.js';

/** Awaits an adapter call that must fail, and returns its AdapterError. */
export async function adapterFailure(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(AdapterError);
    return error as AdapterError;
  }
  throw new Error('expected the adapter call to fail');
}
