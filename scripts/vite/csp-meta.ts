import type { Plugin } from 'vite';
import { contentSecurityPolicy } from '../serve/security-headers.mjs';

/**
 * Put the app's Content-Security-Policy into the built index.html as a `<meta http-equiv>`
 * right after `<meta charset>`, ahead of every script and link it must cover: hosts that
 * cannot set headers still enforce it (scripts/serve.mjs sends the full policy as a header
 * too). Build only: the dev server injects inline scripts and styles (React refresh, CSS
 * hot reload) that the policy rightly refuses.
 */
export function cspMeta(): Plugin {
  const policy = contentSecurityPolicy({ meta: true });
  if (/["<>&]/.test(policy)) throw new Error(`The CSP cannot go into an HTML attribute as it is: ${policy}`);
  return {
    name: 'uptake:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
        if (!charset) throw new Error('index.html needs a <meta charset> for the CSP <meta> to follow');
        const end = charset.index + charset[0].length;
        const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        return html.slice(0, end) + meta + html.slice(end);
      },
    },
  };
}
