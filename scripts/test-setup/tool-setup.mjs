// Finding, or installing, the programs the browser tests need (Chromium and
// nginx), for `npm test` on a machine that has only Node and npm. Decisions
// are plain functions with the file checks and installers passed in, so
// scripts/test-setup/tool-setup.test.mjs can try every case without touching this machine.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The first candidate ({ path, from, explicit }) that is an executable file,
 * as { path, from }. A path the user named (an environment variable) that is
 * not one is an error, never skipped: they asked for that program.
 */
export function firstExecutable(candidates, exists = isExecutable) {
  for (const candidate of candidates) {
    if (exists(candidate.path)) return { path: candidate.path, from: candidate.from };
    if (candidate.explicit) return { error: `${candidate.from}=${candidate.path} is not an executable file` };
  }
  return null;
}

/** `name` in each folder of PATH. */
export function onPath(name, env = process.env) {
  return (env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, name));
}

/**
 * find() → { path } | { error } | null. When nothing is found, tries each
 * available installer in turn, looking again after each; returns what was
 * found, or { error: missing } (one line saying what to install).
 */
export function ensureTool({ find, installers, missing, log = console.log }) {
  let found = find();
  if (found) return found;
  for (const installer of installers) {
    if (!installer.available()) continue;
    log(installer.title);
    installer.run();
    found = find();
    if (found) return found;
  }
  return { error: missing };
}

/** Runs a command, output shown; true when it succeeded. */
export function runCommand(command, args, { env = {}, timeout } = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, timeout });
  return result.status === 0;
}

export const isRoot = () => process.getuid?.() === 0;

/** Debian's package, when we are root and apt-get exists. */
export function aptInstaller(pkg, { root = isRoot, hasApt = () => isExecutable('/usr/bin/apt-get'), run = runCommand } = {}) {
  return {
    title: `Installing Debian's ${pkg}: apt-get install -y ${pkg}`,
    available: () => root() && hasApt(),
    run: () => run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', pkg], { env: { DEBIAN_FRONTEND: 'noninteractive' } }),
  };
}
