/**
 * Dates written without an offset are read in the site's time zone, with the offset that zone
 * has at that moment — also on the days the clocks change.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { displayDate } from "../src/model/dates.js";

const at = (wall: string, zone: string) => displayDate(wall, "en", zone);

describe("dates: offsets around daylight-saving changes", () => {
  // [zone, wall time, ISO with the offset it has, UTC instant]
  const cases: [string, string, string, string][] = [
    // America/New_York: clocks forward 2026-03-08 02:00 → 03:00, back 2026-11-01 02:00 → 01:00
    ["America/New_York", "2026-03-08T01:59", "2026-03-08T01:59:00-05:00", "2026-03-08T06:59:00.000Z"],
    ["America/New_York", "2026-03-08T05:00", "2026-03-08T05:00:00-04:00", "2026-03-08T09:00:00.000Z"],
    ["America/New_York", "2026-11-01T00:30", "2026-11-01T00:30:00-04:00", "2026-11-01T04:30:00.000Z"],
    ["America/New_York", "2026-11-01T03:00", "2026-11-01T03:00:00-05:00", "2026-11-01T08:00:00.000Z"],
    // Europe/Oslo: forward 2026-03-29 02:00 → 03:00, back 2026-10-25 03:00 → 02:00
    ["Europe/Oslo", "2026-03-29T01:30", "2026-03-29T01:30:00+01:00", "2026-03-29T00:30:00.000Z"],
    ["Europe/Oslo", "2026-03-29T03:30", "2026-03-29T03:30:00+02:00", "2026-03-29T01:30:00.000Z"],
    ["Europe/Oslo", "2026-10-25T01:59", "2026-10-25T01:59:00+02:00", "2026-10-24T23:59:00.000Z"],
    ["Europe/Oslo", "2026-10-25T03:00", "2026-10-25T03:00:00+01:00", "2026-10-25T02:00:00.000Z"],
    // Australia/Sydney: forward 2026-10-04 02:00 → 03:00, back 2026-04-05 03:00 → 02:00
    ["Australia/Sydney", "2026-10-04T01:00", "2026-10-04T01:00:00+10:00", "2026-10-03T15:00:00.000Z"],
    ["Australia/Sydney", "2026-10-04T03:00", "2026-10-04T03:00:00+11:00", "2026-10-03T16:00:00.000Z"],
    ["Australia/Sydney", "2026-04-05T01:30", "2026-04-05T01:30:00+11:00", "2026-04-04T14:30:00.000Z"],
    ["Australia/Sydney", "2026-04-05T03:30", "2026-04-05T03:30:00+10:00", "2026-04-04T17:30:00.000Z"],
  ];
  for (const [zone, wall, iso, utc] of cases) {
    it(`${wall} in ${zone} is ${iso}`, () => {
      const date = at(wall, zone);
      assert.equal(date?.iso, iso);
      assert.equal(new Date(date?.time ?? 0).toISOString(), utc);
    });
  }

  it("a repeated hour (clocks turned back) is its first occurrence, with the offset before the change", () => {
    assert.equal(at("2026-11-01T01:30", "America/New_York")?.iso, "2026-11-01T01:30:00-04:00");
    assert.equal(at("2026-10-25T02:30", "Europe/Oslo")?.iso, "2026-10-25T02:30:00+02:00");
    assert.equal(at("2026-04-05T02:30", "Australia/Sydney")?.iso, "2026-04-05T02:30:00+11:00");
  });

  it("an hour that never happens (clocks turned forward) moves forward by the gap", () => {
    const ny = at("2026-03-08T02:30", "America/New_York");
    assert.equal(ny?.iso, "2026-03-08T03:30:00-04:00");
    assert.match(ny?.text ?? "", /03:30/, "shown as the clock read");
    assert.equal(at("2026-03-29T02:30", "Europe/Oslo")?.iso, "2026-03-29T03:30:00+02:00");
    assert.equal(at("2026-10-04T02:30", "Australia/Sydney")?.iso, "2026-10-04T03:30:00+11:00");
  });

  it("a date with its own offset keeps it, whatever the site's zone", () => {
    assert.equal(at("2026-03-08T02:30:00+01:00", "America/New_York")?.iso, "2026-03-08T02:30:00+01:00");
    assert.equal(at("2026-03-08T02:30Z", "America/New_York")?.iso, "2026-03-08T02:30:00Z");
  });

  it("a zone with a half-hour offset and a date-only value", () => {
    assert.equal(at("2026-06-01T12:00", "Asia/Kolkata")?.iso, "2026-06-01T12:00:00+05:30");
    assert.equal(at("2026-03-29", "Europe/Oslo")?.iso, "2026-03-29T00:00:00+01:00");
  });
});
