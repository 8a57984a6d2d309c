/**
 * Who holds which tag, and since when. Every change ends the open custody period and, where
 * someone gets the tag, starts a new one: history is added to, never rewritten.
 */
import type { AuditRepo } from '../../db/repos/audit';
import type { PeopleRepo } from '../../db/repos/people';
import type { TagRow, TagsRepo, TagStatus } from '../../db/repos/tags';
import type { Db } from '../../db/open';
import type { IncidentService } from '../incidents';
import { AppError } from '../ipc/errors';

export type Holder = { kind: 'person'; personId: number } | { kind: 'visitor_pool' };

export interface CustodyDeps {
  db: Db;
  tags: TagsRepo;
  people: Pick<PeopleRepo, 'byId'>;
  audit: AuditRepo;
  incidents: Pick<IncidentService, 'propose' | 'buildingTodo' | 'buildingNotified'>;
  now?: () => Date;
}

export function custodyService(deps: CustodyDeps) {
  const { db, tags, audit } = deps;
  const now = () => (deps.now ?? (() => new Date()))().toISOString();

  const tagOrFail = (id: number): TagRow => {
    const tag = tags.byId(id);
    if (!tag) throw new AppError('not_found', `There is no tag with id ${id}.`);
    return tag;
  };

  return {
    /** A new tag, tapped on the reader: in stock until it is given to someone. */
    enroll(
      input: {
        uid: string;
        pool: 'staff' | 'visitor';
        label: string | null;
        tagType: string | null;
      },
      actor: string,
    ): TagRow {
      return db.transaction(() => {
        if (tags.byUid(input.uid))
          throw new AppError('conflict', `Tag ${input.uid} is already enrolled.`);
        if (input.label && tags.byLabel(input.label)) {
          throw new AppError('conflict', `The label ${input.label} is already on another tag.`);
        }
        const at = now();
        const id = tags.insert({
          uid: input.uid,
          tagType: input.tagType,
          pool: input.pool,
          label: input.label,
          status: 'available',
          statusSince: at,
          enrolledAt: at,
          notes: null,
        });
        audit.record({
          actor,
          action: 'tag.enroll',
          subject: input.uid,
          detail: { pool: input.pool, label: input.label },
        });
        return tagOrFail(id);
      })();
    },

    /** Gives the tag to a person or the visitor pool; whoever had it is recorded as reassigned. */
    assign(tagId: number, holder: Holder, actor: string, note: string | null = null): TagRow {
      return db.transaction(() => {
        const tag = tagOrFail(tagId);
        if (tag.status === 'lost' || tag.status === 'replaced') {
          throw new AppError(
            'conflict',
            `Tag ${tag.uid} is ${tag.status}; it cannot be given out.`,
          );
        }
        if (holder.kind === 'person' && !deps.people.byId(holder.personId))
          throw new AppError('not_found', `There is no person with id ${holder.personId}.`);
        const at = now();
        const open = tags.openCustody(tagId);
        if (open) tags.endCustody(open.id, at, 'reassigned');
        tags.startCustody({
          tagId,
          holderKind: holder.kind,
          personId: holder.kind === 'person' ? holder.personId : null,
          startedAt: at,
          recordedBy: actor,
          note,
        });
        tags.setStatus(tagId, 'active', at);
        audit.record({ actor, action: 'tag.assign', subject: tag.uid, detail: { holder } });
        return tagOrFail(tagId);
      })();
    },

    /** The holder handed it in; the tag is back in stock. */
    returned(tagId: number, actor: string): TagRow {
      return this.end(tagId, 'returned', 'returned', actor);
    },

    /** Reported lost at reception: the custody ends, and an incident reminds the office manager to have the building block it. */
    reportLost(
      tagId: number,
      actor: string,
      note: string | null,
      reportedBy: string | null = null,
    ): TagRow {
      return db.transaction(() => {
        const open = tags.openCustody(tagId);
        const at = now();
        const tag = this.end(tagId, 'lost', 'lost', actor);
        deps.incidents.propose(
          {
            source: 'tag_lost',
            key: `${tagId}:${at}`,
            what: note,
            awareAt: at,
            occurredAt: at,
            reportedBy: reportedBy?.trim() || actor,
            tagId,
            personId: open?.personId ?? null,
          },
          actor,
        );
        return tag;
      })();
    },

    /** A leaver or visitor left without handing the tag in: they still have it. */
    notReturned(tagId: number, actor: string): TagRow {
      return db.transaction(() => {
        const tag = tagOrFail(tagId);
        const open = tags.openCustody(tagId);
        if (!open) throw new AppError('conflict', `Nobody holds tag ${tag.uid}.`);
        const at = now();
        tags.setStatus(tagId, 'not_returned', at);
        deps.incidents.propose(
          {
            source: 'tag_not_returned',
            key: `${tagId}:${at}`,
            what: null,
            awareAt: at,
            occurredAt: at,
            reportedBy: actor,
            tagId,
            personId: open.personId,
          },
          actor,
        );
        audit.record({ actor, action: 'tag.notReturned', subject: tag.uid });
        return tagOrFail(tagId);
      })();
    },

    end(
      tagId: number,
      reason: 'returned' | 'lost' | 'replaced',
      status: TagStatus,
      actor: string,
    ): TagRow {
      return db.transaction(() => {
        const tag = tagOrFail(tagId);
        const open = tags.openCustody(tagId);
        if (!open && reason !== 'lost')
          throw new AppError('conflict', `Nobody holds tag ${tag.uid}.`);
        const at = now();
        if (open) tags.endCustody(open.id, at, reason);
        tags.setStatus(tagId, status, at);
        audit.record({ actor, action: `tag.${reason}`, subject: tag.uid });
        return tagOrFail(tagId);
      })();
    },

    /**
     * A new badge for the holder of an old one (worn out, or found after a replacement was made):
     * the old one is ended as replaced, the new one enrolled if needed and given to the same holder.
     */
    replace(oldTagId: number, newUid: string, actor: string): TagRow {
      return db.transaction(() => {
        const old = tagOrFail(oldTagId);
        const open = tags.openCustody(oldTagId);
        if (!open)
          throw new AppError(
            'conflict',
            `Nobody holds tag ${old.uid}; give the new badge out instead.`,
          );
        if (newUid === old.uid) throw new AppError('invalid_argument', 'That is the same badge.');
        const existing = tags.byUid(newUid);
        if (existing && tags.openCustody(existing.id)) {
          throw new AppError('conflict', `Tag ${newUid} is already given to someone.`);
        }
        const fresh =
          existing ??
          this.enroll({ uid: newUid, pool: old.pool, label: null, tagType: null }, actor);
        this.end(oldTagId, 'replaced', 'replaced', actor);
        const holder: Holder =
          open.personId === null
            ? { kind: 'visitor_pool' }
            : { kind: 'person', personId: open.personId };
        return this.assign(fresh.id, holder, actor, `replaces ${old.uid}`);
      })();
    },

    incidents: () => deps.incidents.buildingTodo(),
    buildingNotified: (incidentId: number, actor: string) =>
      deps.incidents.buildingNotified(incidentId, actor),

    history: (tagId: number) => tags.custodyOf(tagId),
  };
}
export type CustodyService = ReturnType<typeof custodyService>;
