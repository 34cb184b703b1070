// The history of the service-status shares, read-only and open: counts only, nothing about a
// person. No core router: nobody creates, changes or deletes a snapshot over HTTP; the CMS writes
// them itself when a plan or coordinator is published or unpublished.
export default {
  routes: [
    {
      method: 'GET',
      path: '/service-status/snapshots',
      handler: 'service-status-snapshot.list',
      config: { auth: false },
    },
  ],
};
