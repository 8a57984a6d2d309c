/** One thing a service says: in English as the service says it, and in Dutch. `{name}` is filled in. */
export interface ServerMessage {
  en: string;
  nl: string;
}
