/** What other features may use of people. */
export type { PersonDetail, PersonEditFields, PersonInput, PersonSummary } from './calls';
export { checkPerson, samePerson, type PersonCheck, type PersonField } from './person-rules';
export { peopleService, type PeopleService } from './people-service';
export { peopleReadModel, type PeopleReadModel } from './read-model';
