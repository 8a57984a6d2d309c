import type { Handlers } from '../ipc/feature-contract';
import type { calls, Results } from './calls';
import type { PeopleService } from './people-service';
import type { PeopleReadModel } from './read-model';

export function peopleHandlers(deps: {
  editor: PeopleService;
  view: PeopleReadModel;
  /** Who is at the console, for the audit trail. */
  operator: () => string;
  /** Records that someone's personal data was shown. */
  viewed: (personId: number) => void;
}): Handlers<typeof calls, Results> {
  return {
    listPeople: () => deps.view.listPeople(),
    getPerson: (id) => {
      deps.viewed(id);
      return deps.view.getPerson(id);
    },
    savePerson: ({ id, ...input }) =>
      deps.view.getPerson(deps.editor.save(id, input, deps.operator())),
  };
}
