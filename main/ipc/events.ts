/** A listener for every pushed event of a map of payloads by event name. */
export type EventListener<E> = <K extends keyof E & string>(event: K, payload: E[K]) => void;

/** What a feature needs to push its own events; the composed hub gives every feature one. */
export interface Publisher<E> {
  publish<K extends keyof E & string>(event: K, payload: E[K]): void;
}

/** What a transport needs of the hub: every event, whatever its name. */
export interface EventSource {
  subscribe(listener: (event: string, payload: unknown) => void): () => void;
}

/** Pushed events, fanned out to whichever transports are attached (Electron windows, WebSockets). */
export class EventHub<E> implements Publisher<E> {
  private readonly listeners = new Set<EventListener<E>>();

  publish<K extends keyof E & string>(event: K, payload: E[K]): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  subscribe(listener: EventListener<E>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
