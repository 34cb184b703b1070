import { REVIEW_ACTIONS, type ReviewActionName } from '@skb/content-types/review';
import { buildValidParams, type DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import {
  unstable_useDocument,
  useAPIErrorHandler,
  useAuth,
  useFetchClient,
  useForm,
  useNotification,
  useQueryParams,
} from '@strapi/strapi/admin';
import { useMemo } from 'react';

// The review buttons of the edit view: Skicka till granskning, Godkänn, Skicka tillbaka. Each posts
// to the CMS's admin route (cms/src/review/actions-route.ts), which moves the state through the
// Document Service's review gate; the buttons only hide the steps a user's role cannot take.

const REVIEWER_ROLES = new Set(['skb-granskare', 'strapi-super-admin']);
const DONE: Record<ReviewActionName, string> = {
  'skicka-till-granskning': 'Posten är skickad till granskning',
  godkann: 'Posten är godkänd och kan publiceras',
  'skicka-tillbaka': 'Posten är skickad tillbaka till utkast',
};

type ActionProps = Parameters<DocumentActionComponent>[0];

/** One review button: hidden where its step does not apply, off while the form has unsaved changes. */
function useReviewAction(name: ReviewActionName, props: ActionProps): ReturnType<DocumentActionComponent> {
  const { activeTab, collectionType, document, documentId, model } = props;
  const step = REVIEW_ACTIONS[name];
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const roles = useAuth('ReviewAction', (state) => state.user?.roles);
  const modified = useForm('ReviewAction', (state) => state.modified);
  const [{ query }] = useQueryParams();
  // The edit view's own query: its refetch reloads the form with the new state.
  const params = useMemo(() => buildValidParams(query), [query]);
  const { refetch } = unstable_useDocument(
    { collectionType, model, documentId: documentId ?? '', params },
    { skip: !documentId },
  );
  const state = (document as { reviewState?: unknown } | undefined)?.reviewState;
  if (!documentId || activeTab === 'published' || typeof state !== 'string') return null;
  if (!(step.from as readonly string[]).includes(state)) return null;
  const reviewer = (roles ?? []).some((role) => REVIEWER_ROLES.has(role.code));
  if (name !== 'skicka-till-granskning' && !reviewer) return null;
  const locale = typeof document?.locale === 'string' ? document.locale : 'sv';
  return {
    label: step.label,
    position: 'panel',
    // What is on the screen but not saved would not be what is reviewed.
    disabled: modified,
    onClick: async () => {
      try {
        await post(`/skb-review/${model}/${documentId}/${name}?locale=${encodeURIComponent(locale)}`, {});
        toggleNotification({ type: 'success', message: DONE[name] });
        refetch();
      } catch (error) {
        toggleNotification({ type: 'danger', message: formatAPIError(error as never) });
      }
    },
  };
}

const SubmitForReview: DocumentActionComponent = (props) => useReviewAction('skicka-till-granskning', props);
const Approve: DocumentActionComponent = (props) => useReviewAction('godkann', props);
const SendBack: DocumentActionComponent = (props) => useReviewAction('skicka-tillbaka', props);
for (const action of [SubmitForReview, Approve, SendBack]) action.position = 'panel';

/** The review buttons, after Strapi's own (Publicera and Spara stay first in the panel). */
export const REVIEW_DOCUMENT_ACTIONS: DocumentActionComponent[] = [SubmitForReview, Approve, SendBack];
