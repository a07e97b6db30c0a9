// Our own browser scripts, by the name a component asks for with
// data-needs-js="<name>". One list for both ways a script reaches a page:
// - a build: static-export/postbuild/page-scripts.mjs bundles `entry` with
//   esbuild and the post-build step adds a loader to each page that asks;
// - `npm run dev`: DevPageScripts (beside this file) imports it with `load`,
//   compiled on request by Next's dev bundler, so after an edit a browser
//   reload runs the new code, with no build.
// Either way `start` is called once on each element matching `selector`.
// A new page script is one entry here; `entry` and `load` name the same
// file (page-scripts.test.ts checks it). Plain JavaScript: the post-build
// step imports it without compiling; Node never calls `load`.

export const PAGE_SCRIPTS = {
  planner: {
    entry: 'components/preparation-planner/planner-browser.ts',
    load: () => import('../preparation-planner/planner-browser'),
    start: 'startPlanner',
    selector: '[data-planner]',
  },
  // /save-for-offline: registers the offline copy's service worker when the patient asks.
  offline: {
    entry: 'components/save-for-offline/offline-browser.ts',
    load: () => import('../save-for-offline/offline-browser'),
    start: 'startOfflineCopy',
    selector: '[data-offline]',
    // Its page's CSP gets worker-src 'self' (static-export/headers/security-headers.mjs); every other page's says 'none'.
    registersWorker: true,
  },
  staff: {
    entry: 'components/staff-link-tool/staff-browser.ts',
    load: () => import('../staff-link-tool/staff-browser'),
    start: 'startStaffTool',
    selector: '[data-staff]',
  },
  'flush-reminder': {
    entry: 'components/flush-reminder/flush-reminder-browser.ts',
    load: () => import('../flush-reminder/flush-reminder-browser'),
    start: 'startFlushReminder',
    selector: '[data-flush-reminder]',
  },
  search: {
    entry: 'components/site-search/search-browser.ts',
    load: () => import('../site-search/search-browser'),
    start: 'startSearch',
    selector: '[data-search]',
  },
};
