// The admin's Swedish view: the review fields every public type gets are labelled and explained in
// Swedish like the type's own fields, and an editor's own label is left alone.
import { describe, expect, it } from 'vitest';
import { swedishView } from '../src/bootstrap/admin-layout.ts';

const model = {
  uid: 'api::method.method',
  attributes: { title: { type: 'string' }, reviewState: { type: 'enumeration' }, reviewApprovedBy: { type: 'string' } },
};
const metadata = (field: string) => ({ edit: { label: field, description: '' }, list: { label: field } });
const current = () => ({
  settings: {},
  metadatas: {
    title: metadata('title'),
    reviewState: metadata('reviewState'),
    reviewApprovedBy: metadata('reviewApprovedBy'),
  },
  layouts: { list: [], edit: [] },
});

describe('the Swedish admin view', () => {
  it('labels and explains the review fields in Swedish', () => {
    const { configuration } = swedishView({ model, current: current(), labels: { title: { label: 'Titel' } } });
    expect(configuration.metadatas.reviewState?.edit).toMatchObject({ label: 'Granskning' });
    expect(configuration.metadatas.reviewState?.edit.description).toMatch(/^Utkast → För granskning → Godkänd/);
    expect(configuration.metadatas.reviewApprovedBy?.list.label).toBe('Godkänd av');
    expect(configuration.metadatas.title?.edit.label).toBe('Titel');
  });

  it('shows the review fields read-only: the buttons move the state, the gate writes the rest', () => {
    const { configuration } = swedishView({ model, current: current() });
    expect(configuration.metadatas.reviewState?.edit.editable).toBe(false);
    expect(configuration.metadatas.reviewApprovedBy?.edit.editable).toBe(false);
    expect(configuration.metadatas.title?.edit.editable).toBeUndefined();
  });

  it('leaves a label an editor changed alone', () => {
    const edited = current();
    edited.metadatas.reviewState.edit.label = 'Status i granskningen';
    const { configuration } = swedishView({ model, current: edited });
    expect(configuration.metadatas.reviewState?.edit.label).toBe('Status i granskningen');
  });
});
