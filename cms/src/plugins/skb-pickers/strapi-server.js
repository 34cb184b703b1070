// The server half of the pickers: each pick list is a custom field over Strapi's `json` type, so
// the stored value stays the JSON list of codes the model, the API and the index already use.
// Plain JavaScript because Strapi loads a local plugin's server entry as it is, uncompiled.
const { PICK_LIST_NAMES } = require('@skb/content-types/pick-lists');

module.exports = {
  register({ strapi }) {
    strapi.customFields.register(PICK_LIST_NAMES.map((name) => ({ name, plugin: 'skb-pickers', type: 'json' })));
  },
};
