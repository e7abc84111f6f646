// `npm start`: serves the demo and the built bundles on localhost and prints the address.
import { createServer } from 'node:http';
import sirv from 'sirv';

const port = Number(process.env.PORT) || 8000;
const files = sirv('.', {
  dev: true,
  setHeaders(res, path) {
    // Our bundles carry non-ASCII text and regexes: say it is UTF-8 (see README, "charset").
    if (path.endsWith('.js')) res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
  },
});

createServer((req, res) => {
  if (req.url === '/' || req.url === '') {
    res.writeHead(302, { Location: '/demo/' });
    return res.end();
  }
  files(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  });
}).listen(port, '127.0.0.1', () => {
  console.log(`\n  fosc-widgets demo: http://localhost:${port}/demo/\n`);
});
