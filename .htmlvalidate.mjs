// html-validate rules for the built pages (static-export/verify/check-built-site.mjs). The
// recommended preset, minus rules about how React writes markup, which are
// valid HTML that browsers read identically. Each exception says why.
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // React writes <br/>, hidden="" and camelCase names (charSet, dateTime):
    // a matter of style; HTML attribute names are case-insensitive.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'attr-case': 'off',
    // React's useId makes ids like "_R_1n5_": valid in HTML5, which only forbids
    // spaces and empty ids (relaxed mode checks exactly that).
    'valid-id': ['error', { relaxed: true }],
    // Wants phone numbers written with non-breaking spaces and hyphens. Those
    // characters would end up in what patients copy and paste into a dialler.
    'tel-non-breaking': 'off',
    // "<page title> | <clinic name>" passes 70 characters with a long clinic
    // name. The page title comes first, so a search result that cuts the
    // title cuts the clinic name, not the topic.
    'long-title': 'off',
  },
});
