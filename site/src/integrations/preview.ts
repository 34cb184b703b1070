// The preview route, only in builds for the stack (SITE_PREVIEW_SERVER=1): `/forhandsvisning/` is
// rendered on request, with the entry pages' own component, by the stack's server (site/serve/
// preview-server.ts), which checks the link's signature and reads the entry from the CMS before it
// hands the page the entry. A build for a static host has no such route and no server code.
import type { AstroIntegration } from 'astro';

export function previewRoute(): AstroIntegration {
  return {
    name: 'skb-preview',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: '/forhandsvisning',
          entrypoint: new URL('../preview/PreviewPage.astro', import.meta.url),
          prerender: false,
        });
      },
    },
  };
}
