// nginx for the browser tests: found (NGINX_PATH, Debian's /usr/sbin/nginx,
// PATH) or installed (apt-get as root) by ensureNginx(), as Chromium is by
// scripts/test-setup/chromium.mjs; and a test server that includes the build's
// deploy/nginx/site.conf unchanged, on a loopback port, plain HTTP, with its own
// config, pid file and temp folders (nothing of the system's nginx is touched).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aptInstaller, ensureTool, firstExecutable, isExecutable, onPath } from './tool-setup.mjs';

export const MISSING_NGINX = 'No nginx for the browser tests: install it (as root: apt-get install -y nginx) or set NGINX_PATH to an nginx binary.';

export function nginxCandidates({ env = process.env } = {}) {
  return [
    env.NGINX_PATH && { path: env.NGINX_PATH, from: 'NGINX_PATH', explicit: true },
    { path: '/usr/sbin/nginx', from: "Debian's nginx" },
    ...onPath('nginx', env).map((file) => ({ path: file, from: 'PATH' })),
  ].filter(Boolean);
}

export function findNginx({ env, exists = isExecutable } = {}) {
  return firstExecutable(nginxCandidates({ env }), exists);
}

export function ensureNginx({ find = () => findNginx(), installers = [aptInstaller('nginx')], log } = {}) {
  return ensureTool({ find, installers, missing: MISSING_NGINX, log });
}

/** The mime.types of this nginx's own config folder (from `nginx -V`). */
export function mimeTypesFor(nginxPath) {
  const { stderr = '' } = spawnSync(nginxPath, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(stderr)?.[1] ?? '/etc/nginx/nginx.conf';
  return path.join(path.dirname(confPath), 'mime.types');
}

/**
 * The tests' top-level nginx.conf. It sits in `runDir` beside a link
 * `port-guide` → the build's <OUT_DIR>-deploy/nginx/, so the relative includes
 * in site.conf resolve as they do under /etc/nginx/ in production. Only listen,
 * root and the process's own paths differ from deploy/nginx/port-guide.conf; no
 * TLS here, so no hsts.conf (browsers ignore HSTS over plain HTTP anyway).
 */
export function nginxTestConfig({ port, root, runDir, mimeTypes }) {
  const inRun = (name) => path.join(runDir, name);
  return `# Written by scripts/test-setup/nginx.mjs for the browser tests.
daemon off;
master_process off;
worker_processes 1;
pid ${inRun('nginx.pid')};
error_log stderr warn;
events { worker_connections 128; }
http {
  include ${mimeTypes};
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${inRun('client_body')};
  proxy_temp_path ${inRun('proxy')};
  fastcgi_temp_path ${inRun('fastcgi')};
  uwsgi_temp_path ${inRun('uwsgi')};
  scgi_temp_path ${inRun('scgi')};
  include port-guide/maps.conf;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${root};
    include port-guide/site.conf;
  }
}
`;
}

/** Writes the run folder for one test server; returns the config file's path. */
export function writeNginxTestServer({ outDir, deployDir, port, nginxPath }) {
  const runDir = path.join(os.tmpdir(), `port-guide-nginx-${port}`);
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.mkdirSync(runDir, { recursive: true });
  fs.symlinkSync(path.join(deployDir, 'nginx'), path.join(runDir, 'port-guide'));
  const conf = path.join(runDir, 'nginx.conf');
  fs.writeFileSync(conf, nginxTestConfig({ port, root: outDir, runDir, mimeTypes: mimeTypesFor(nginxPath) }));
  return conf;
}
