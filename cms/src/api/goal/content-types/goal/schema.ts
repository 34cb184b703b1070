import { goalStrapi } from '@skb/content-types/strapi';

// The schema lives in @skb/content-types beside its zod twin. Strapi mutates what it loads, so it gets a copy.
export default structuredClone(goalStrapi);
