// The example's own web-test-runner config, as a reader would copy it, with
// the repository's reporters added so `npm test` gets its pass/fail counts.
import {defaultReporter} from '@web/test-runner';
import config from '../../../examples/json-api-adapter/web-test-runner.config.mjs';
import {countReporter} from '../../support/wtr-base.mjs';

export default {
  ...config,
  reporters: [
    defaultReporter({reportTestResults: true, reportTestProgress: false}),
    countReporter('example-browser'),
  ],
};
