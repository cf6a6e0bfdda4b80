import { describe, expect, it } from "vitest";

import { formatDate } from "../src/dates";

describe("formatDate", () => {
  it("writes every day of 2023 to 2028 as Intl.DateTimeFormat's en-US long date does", () => {
    const intl = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
    const mismatches: string[] = [];
    let days = 0;
    for (let time = Date.UTC(2023, 0, 1); time <= Date.UTC(2028, 11, 31); time += 86_400_000, days += 1) {
      const iso = new Date(time).toISOString().slice(0, 10);
      const expected = intl.format(new Date(time));
      if (formatDate(iso) !== expected) mismatches.push(`${iso}: ${formatDate(iso)} ≠ ${expected}`);
    }
    expect(days).toBe(2192);
    expect(mismatches).toEqual([]);
    expect(formatDate("2026-12-11")).toBe("December 11, 2026");
  });
});
