// The e-mail digest's public doors, open without a role permission on purpose (like the helpdesk's):
// subscribing (JSON, or the site's form without JavaScript), the signed confirmation link (a page
// with a button: a mail scanner that follows links must not confirm an address), and the signed
// unsubscribe link (a page with a button, and RFC 8058's one-click POST). Nothing here reads
// a subscription back: the type itself has no routes.
export default {
  routes: [
    { method: 'POST', path: '/digest/subscribe', handler: 'digest.subscribe', config: { auth: false } },
    { method: 'GET', path: '/digest/confirm', handler: 'digest.confirmPage', config: { auth: false } },
    { method: 'POST', path: '/digest/confirm', handler: 'digest.confirm', config: { auth: false } },
    { method: 'GET', path: '/digest/unsubscribe', handler: 'digest.unsubscribePage', config: { auth: false } },
    { method: 'POST', path: '/digest/unsubscribe', handler: 'digest.unsubscribe', config: { auth: false } },
  ],
};
