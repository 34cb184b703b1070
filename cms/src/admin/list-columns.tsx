import { PICK_LISTS, type PickListName, pickedValues } from '@skb/content-types/pick-lists';
import { isVerificationOverdue } from '@skb/content-types/staleness';
import { Badge, Flex, Typography } from '@strapi/design-system';

// The content manager cannot list JSON fields, so the place of an entry (its municipalities or
// counties, stored as codes) would never show in a list. This hook adds a "Plats" column that
// names them, and shows "senast kontrollerad" with a mark when the check is overdue.

interface Header {
  name: string;
  label: string | { id: string; defaultMessage: string };
  attribute: { type: string };
  searchable?: boolean;
  sortable?: boolean;
  cellFormatter?: (row: Record<string, unknown>) => React.ReactNode;
}

interface ListLayout {
  metadatas: Record<string, unknown>;
}

/** The place fields, by field name, and the list each picks from. */
const PLACE_FIELDS: Readonly<Record<string, PickListName>> = {
  municipalities: 'municipalities',
  counties: 'counties',
  region: 'counties',
};

const placeNames = (list: PickListName, stored: unknown): string => {
  const names = new Map(PICK_LISTS[list].options.map((option) => [option.value, option.label]));
  const { values, problem } = pickedValues(list, stored);
  const named = values.map((code) => names.get(code) ?? code).join(', ');
  return problem ? `${named} (fel värde)` : named;
};

function PlaceCell({ text }: { text: string }) {
  return <Typography textColor="neutral800">{text || '–'}</Typography>;
}

function VerifiedCell({ date }: { date: unknown }) {
  const value = typeof date === 'string' ? date : null;
  const overdue = isVerificationOverdue(value, new Date());
  return (
    <Flex gap={2}>
      <Typography textColor="neutral800">{value ?? 'Aldrig'}</Typography>
      {overdue ? (
        <Badge backgroundColor="warning100" textColor="warning700">
          Behöver kontrolleras
        </Badge>
      ) : null}
    </Flex>
  );
}

export function addListColumns({ displayedHeaders, layout }: { displayedHeaders: Header[]; layout: ListLayout }) {
  const placeField = Object.keys(PLACE_FIELDS).find((field) => field in layout.metadatas);
  const headers = displayedHeaders.map((header) =>
    header.name === 'lastVerifiedAt'
      ? { ...header, cellFormatter: (row: Record<string, unknown>) => <VerifiedCell date={row.lastVerifiedAt} /> }
      : header,
  );
  if (placeField) {
    const list = PLACE_FIELDS[placeField] as PickListName;
    // After the entry's name, where an editor looks for "where".
    headers.splice(Math.min(1, headers.length), 0, {
      name: `place-${placeField}`,
      label: { id: 'skb.list.place', defaultMessage: 'Plats' },
      attribute: { type: 'string' },
      searchable: false,
      sortable: false,
      cellFormatter: (row) => <PlaceCell text={placeNames(list, row[placeField])} />,
    });
  }
  return { displayedHeaders: headers, layout };
}
