// Types for the tree-shaken zod/mini subset (see scripts/bundle-zod-subset.mjs).
export { minLength, refine, regex, string, trim } from 'zod/mini';
