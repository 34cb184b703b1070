// A reader's e-mail digest (prenumeration). Personal data: every field is private, the type has no
// routes of its own and the public role no permission on it; only Super Admins see it in the admin.
// Stored and changed only by the digest's endpoints (cms/src/subscriptions), one row per address.
export default {
  kind: 'collectionType',
  collectionName: 'subscriptions',
  info: {
    singularName: 'subscription',
    pluralName: 'subscriptions',
    displayName: 'Prenumeration',
    description: 'E-postprenumerationer på nyheter och sista ansökningsdagar; aldrig läsbara via det publika API:et',
  },
  options: { draftAndPublish: false },
  attributes: {
    /** The address, normalised (trimmed, lower case); one row per address. */
    email: { type: 'email', required: true, unique: true, private: true },
    language: { type: 'enumeration', enum: ['sv', 'en'], required: true, default: 'sv', private: true },
    /** SCB county codes; empty = all of Sweden. */
    counties: { type: 'json', private: true },
    /** Service-area slugs; empty = every area. */
    serviceAreas: { type: 'json', private: true },
    /** Public type names; empty = every type. */
    types: { type: 'json', private: true },
    frequency: { type: 'enumeration', enum: ['weekly', 'immediate'], required: true, default: 'weekly', private: true },
    /** When the address was confirmed; nothing is sent before. */
    confirmedAt: { type: 'datetime', private: true },
    /** When the last confirmation was asked for; unconfirmed rows go 7 days after it. */
    requestedAt: { type: 'datetime', private: true },
    /** Bound into every signed link: a deleted and re-made subscription has a new one. */
    nonce: { type: 'string', required: true, private: true },
    /** When the last digest was sent; the next holds what was published after it. */
    lastSentAt: { type: 'datetime', private: true },
  },
};
