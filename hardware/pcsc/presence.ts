/**
 * Turns raw card-in/card-out notifications into clean presented/removed pairs. A tag held at the
 * edge of the field drops out and back in within a poll or two; when the same UID returns to the
 * same reader inside the window, neither the drop nor the return is reported.
 */
export interface PresenceEvents {
  presented(reader: string, uid: string): void;
  removed(reader: string, uid: string): void;
}

export class Presence {
  private readonly present = new Map<string, string>();
  private readonly leaving = new Map<string, { uid: string; timer: NodeJS.Timeout }>();

  constructor(
    private readonly events: PresenceEvents,
    private readonly debounceMs: number,
  ) {}

  cardIn(reader: string, uid: string): void {
    const leaving = this.leaving.get(reader);
    if (leaving) {
      clearTimeout(leaving.timer);
      this.leaving.delete(reader);
      if (leaving.uid === uid) {
        this.present.set(reader, uid);
        return;
      }
      this.events.removed(reader, leaving.uid);
    }
    if (this.present.get(reader) === uid) return;
    const previous = this.present.get(reader);
    if (previous !== undefined) this.events.removed(reader, previous);
    this.present.set(reader, uid);
    this.events.presented(reader, uid);
  }

  cardOut(reader: string): void {
    const uid = this.present.get(reader);
    if (uid === undefined) return;
    this.present.delete(reader);
    if (this.debounceMs <= 0) return this.events.removed(reader, uid);
    const timer = setTimeout(() => {
      this.leaving.delete(reader);
      this.events.removed(reader, uid);
    }, this.debounceMs);
    this.leaving.set(reader, { uid, timer });
  }

  /** The reader went away: whatever was on it is gone now, without waiting. */
  readerGone(reader: string): void {
    const leaving = this.leaving.get(reader);
    if (leaving) {
      clearTimeout(leaving.timer);
      this.leaving.delete(reader);
      this.events.removed(reader, leaving.uid);
    }
    const uid = this.present.get(reader);
    if (uid !== undefined) {
      this.present.delete(reader);
      this.events.removed(reader, uid);
    }
  }

  clear(): void {
    for (const { timer } of this.leaving.values()) clearTimeout(timer);
    this.leaving.clear();
    this.present.clear();
  }
}
