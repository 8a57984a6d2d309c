import type { EventChannel, EventPayloads } from './contract';

export type EventListener = <E extends EventChannel>(event: E, payload: EventPayloads[E]) => void;

/** Pushed events, fanned out to whichever transports are attached (Electron windows, WebSockets). */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  publish<E extends EventChannel>(event: E, payload: EventPayloads[E]): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
