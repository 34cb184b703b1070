// The starting organisations live in @skb/content-types beside the service areas; this file stays
// so that older references keep working.
export { STARTING_ORGANISATIONS } from '@skb/content-types';
