import { describe, expect, it } from 'vitest';
import { withBuildingData } from '../../test/support/building-data';

describe("a person's screen", () => {
  it("shows the building's card and last door events, and nothing expected of a leaver", async () => {
    const { s } = await withBuildingData();
    const byEmployee = (id: string) =>
      s.peopleView.getPerson(s.peopleView.listPeople().find((p) => p.employeeId === id)!.id);

    const director = byEmployee('E1001');
    expect(director.building.cards[0]).toMatchObject({ status: 'active' });
    expect(director.building.cards[0]!.accessLevels.length).toBeGreaterThan(0);
    const times = director.building.events.map((e) => e.at);
    expect(times.length).toBe(10);
    expect([...times].sort().reverse()).toEqual(times);

    // E1017 left, and the scenario has their tag still opening doors.
    const leaver = byEmployee('E1017');
    expect(leaver.employed).toBe(false);
    expect(leaver.access).toEqual([]);
    expect(leaver.building.events.length).toBeGreaterThan(0);
  });
});
