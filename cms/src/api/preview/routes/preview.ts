// The preview read: one version (draft or published) of one public entry, for a signed preview
// link only. The site's preview route forwards the link's query here unchanged, so it needs no
// token of its own: the CMS checks the same signature and answers with nothing more than the link
// already grants (that version of that entry, until it expires), private fields removed.
export default {
  routes: [
    {
      method: 'GET',
      path: '/preview/document',
      handler: 'preview.document',
      config: { auth: false },
    },
  ],
};
