// Without a "brand" block the site keeps the design's own colours: the values
// are the ones tailwind.config.ts held before the colour became configurable
// (#005a8c, #003d5f, #e6f0f6), as the browser computes them, written out in
// tests/support/clinics.ts. page-frame.spec.ts checks the rules, links and
// (no) logo on every page; second-clinic.spec.ts runs this suite for its colour.
import { DEFAULT_CLINIC } from '../support/clinics';
import { brandSuite } from './suites/brand';

brandSuite(DEFAULT_CLINIC);
