// The default clinic's search indexes, searched in Node (no browser): tests/e2e/suites/search.ts.
import { DEFAULT_CLINIC } from '../support/clinics';
import { searchIndexSuite } from './suites/search';

searchIndexSuite(DEFAULT_CLINIC);
