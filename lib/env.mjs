// The three settings a build reads from the environment, read here and nowhere
// else: which clinic (CLINIC_CONFIG), where the export goes (OUT_DIR) and
// where the pages are (CONTENT_DIR). Functions, not constants, so a test that
// sets one before calling sees it. Plain JavaScript: next.config.mjs and the
// build scripts import it without compiling.
import path from 'node:path';

/** The built-in fictional clinic, used when CLINIC_CONFIG is not set. */
export const DEFAULT_CLINIC_CONFIG = 'lib/clinic/default-clinic.json';

/** The absolute path of the clinic config CLINIC_CONFIG names, or undefined for the built-in default. */
export function clinicConfigFile() {
  return process.env.CLINIC_CONFIG ? path.resolve(process.env.CLINIC_CONFIG) : undefined;
}

/** OUT_DIR relative to the project, or undefined when unset: next.config.mjs makes it Next's distDir. */
export function outDirOverride() {
  return process.env.OUT_DIR ? path.relative(process.cwd(), path.resolve(process.env.OUT_DIR)) : undefined;
}

/** The export folder: out/, or OUT_DIR (the tests build a second clinic into out-second-clinic/). */
export function outDir() {
  return path.resolve(process.env.OUT_DIR || 'out');
}

/** The folder of MDX pages: content/, or CONTENT_DIR (tests point it at a temporary copy). */
export function contentDir() {
  return path.resolve(process.env.CONTENT_DIR || 'content');
}
