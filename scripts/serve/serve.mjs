// Serves the built site: `node scripts/serve/serve.mjs [--port 3000]`.
import fs from 'node:fs';
import path from 'node:path';
import { createSiteServer } from './server.mjs';
import { OUT_DIR } from '../../static-export/site-files.mjs';

const portFlag = process.argv.indexOf('--port');
const port = Number(portFlag > -1 ? process.argv[portFlag + 1] : process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

if (!fs.existsSync(path.join(OUT_DIR, 'index.html'))) {
  console.error(`No built site in ${OUT_DIR}. Run "npm run build" (or "npm start", which builds first).`);
  process.exit(1);
}

const server = createSiteServer();
server.listen(port, host, () => {
  console.log(`Port Guide is being served from ${path.relative(process.cwd(), OUT_DIR) || '.'} at http://localhost:${port}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
