// Which counties a Länsredaktör writes for: one row per admin user, by e-mail. Only Super Admins
// edit it (the editor roles have no permission on it), and it has no public routes.
export default {
  kind: 'collectionType',
  collectionName: 'county_editors',
  info: {
    singularName: 'county-editor',
    pluralName: 'county-editors',
    displayName: 'Länsredaktör',
    description: 'Länen som en länsredaktör skriver för (kopplas till administratörskontot via e-postadressen)',
  },
  options: { draftAndPublish: false },
  attributes: {
    email: { type: 'email', required: true, unique: true, private: true },
    counties: { type: 'json', required: true, private: true },
  },
};
