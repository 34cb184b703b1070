import { STRAPI_COMPONENTS } from '@skb/content-types/strapi';

export default structuredClone(STRAPI_COMPONENTS['network.decision']);
