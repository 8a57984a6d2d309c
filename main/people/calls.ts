/** People: everyone on the staff list (our own and the partner firm's), kept and edited here. */
import { z } from 'zod';
import type { PersonBuildingRow, PersonEventRow } from '../../vocabulary';
import { featureContract } from '../ipc/feature-contract';
import type { TagStatus } from '../../vocabulary';
import type { ZoneAccess } from '../domain/expected-access';
import type { CustodyEntry } from '../tags/calls';

export interface PersonSummary {
  id: number;
  employeeId: string | null;
  name: string;
  organisation: string | null;
  department: string | null;
  profile: string | null;
  startDate: string | null;
  endDate: string | null;
  employed: boolean;
  tags: { id: number; uid: string; status: TagStatus }[];
}

/** A person as the edit form shows it: text fields, '' where empty. */
export interface PersonEditFields {
  employeeId: string;
  firstName: string;
  namePrefix: string;
  lastName: string;
  organisation: string;
  department: string;
  jobTitle: string;
  email: string;
  startDate: string;
  endDate: string;
  profileId: string;
  notes: string;
  bhv: boolean;
}

export interface PersonDetail extends PersonSummary {
  edit: PersonEditFields;
  /** Where their profile lets them in; empty once they have left (nothing is expected then). */
  access: ZoneAccess[];
  custody: (CustodyEntry & { uid: string })[];
  /** Their expected profile's name (and per language), for the screen to show beside its code. */
  profileName: { label: string; labels?: { nl?: string; en?: string } } | null;
  /** What the building's own exports say about them: its card list and its door log. */
  building: { cards: PersonBuildingRow[]; events: PersonEventRow[] };
}

const Id = z.number().int().positive();
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');
const Field = z.string().trim().max(200);

export const PersonInput = z.strictObject({
  employeeId: Field,
  firstName: Field,
  namePrefix: Field,
  lastName: Field,
  organisation: Field,
  department: Field,
  jobTitle: Field,
  email: z.union([z.literal(''), z.email().max(254)]),
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
  profileId: Field,
  notes: z.string().max(2000),
  /** On the BHV team. */
  bhv: z.boolean().default(false),
});
export type PersonInput = z.output<typeof PersonInput>;

export const calls = {
  listPeople: z.tuple([]),
  getPerson: z.tuple([Id]),
  /** id null adds a person. */
  savePerson: z.tuple([PersonInput.extend({ id: Id.nullable() })]),
};

export interface Results {
  listPeople: PersonSummary[];
  getPerson: PersonDetail;
  savePerson: PersonDetail;
}

export const publicCalls = [] as const;

export type Events = object;

export const contract = featureContract<Results, Events>()({ calls, publicCalls });
