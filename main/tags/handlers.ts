import type { Handlers } from '../ipc/feature-contract';
import type { calls, Results } from './calls';
import type { CustodyService } from './custody';
import type { TagReadModel } from './read-model';

export function tagHandlers(deps: {
  custody: CustodyService;
  view: TagReadModel;
  operator: () => string;
}): Handlers<typeof calls, Results> {
  const { custody, view, operator } = deps;
  const detail = (tag: { id: number }) => view.tagDetail(tag.id);
  return {
    listTags: () => view.listTags(),
    getTag: (id) => view.tagDetail(id),
    enrollTag: (input) => detail(custody.enroll({ ...input, tagType: null }, operator())),
    assignTag: ({ tagId, personId }) =>
      detail(
        custody.assign(
          tagId,
          personId === null ? { kind: 'visitor_pool' } : { kind: 'person', personId },
          operator(),
        ),
      ),
    returnTag: (id) => detail(custody.returned(id, operator())),
    reportTagLost: ({ tagId, note, reportedBy }) =>
      detail(custody.reportLost(tagId, operator(), note, reportedBy)),
    markTagNotReturned: (id) => detail(custody.notReturned(id, operator())),
    replaceTag: ({ tagId, newUid }) => detail(custody.replace(tagId, newUid, operator())),
    listIncidents: () => view.incidents(),
    markBuildingNotified: (id) => {
      custody.buildingNotified(id, operator());
      return view.incidents();
    },
  };
}
