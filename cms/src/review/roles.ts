/** Our admin roles, by the code Strapi stores; created at start-up by cms/src/bootstrap/editor-roles.ts. */
export const EDITOR_ROLE_CODES = {
  redaktör: 'skb-redaktor',
  länsredaktör: 'skb-lansredaktor',
  granskare: 'skb-granskare',
} as const;

export const SUPER_ADMIN_CODE = 'strapi-super-admin';
