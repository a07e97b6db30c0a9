export interface PageScript {
  /** The browser module, from the project folder: what the build bundles. */
  entry: string;
  /** The same module, imported through the bundler (`npm run dev`). */
  load: () => Promise<Record<string, unknown>>;
  /** The function it exports that wakes one element: `(root: HTMLElement) => boolean`. */
  start: string;
  /** The elements it wakes. */
  selector: string;
  /** It registers a service worker, so its page's CSP allows worker-src 'self'. */
  registersWorker?: boolean;
}
export const PAGE_SCRIPTS: Record<string, PageScript>;
