import { PICK_LIST_NAMES, PICK_LISTS } from '@skb/content-types/pick-lists';
import type { StrapiApp } from '@strapi/strapi/admin';

const PLUGIN_ID = 'skb-pickers';

/** The admin half of the pickers: one custom field per pick list, all over Strapi's `json` type. */
export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Väljare' });
    for (const list of PICK_LIST_NAMES) {
      app.customFields.register({
        name: list,
        pluginId: PLUGIN_ID,
        type: 'json',
        intlLabel: { id: `${PLUGIN_ID}.${list}.label`, defaultMessage: PICK_LISTS[list].label },
        intlDescription: { id: `${PLUGIN_ID}.${list}.description`, defaultMessage: PICK_LISTS[list].placeholder },
        components: {
          Input: async () => {
            const { pickListInput } = await import('./PickListInput');
            return { default: pickListInput(list) };
          },
        },
      });
    }
  },
};
