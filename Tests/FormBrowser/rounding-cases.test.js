// The evaluation form's rounding and sums against the shared cases in
// Tests/RoundingCases/display-rounding-cases.json, which the Swift tests pass too.
// Run with: node --test Tests/FormBrowser/rounding-cases.test.js
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..", "..");
const form = require(path.join(root, "Sources/KommunKompassReports/Form/Template/form.js"));
const cases = JSON.parse(fs.readFileSync(path.join(root, "Tests/RoundingCases/display-rounding-cases.json"), "utf8"));

test("whole numbers", () => {
  for (const { value, expected } of cases.wholeNumber) {
    assert.strictEqual(form.wholeNumber(value) + 0, expected, `wholeNumber(${value})`);
  }
});

test("percentages", () => {
  for (const { points, maxPoints, expected } of cases.percent) {
    assert.strictEqual(form.wholeNumber(form.percentOf(points, maxPoints)) + 0, expected, `${points} of ${maxPoints}`);
  }
});

test("area sums through scoreDocument", () => {
  for (const area of cases.areas) {
    const rubric = {
      areas: [{ id: "1", maxPoints: 100, subAreas: area.subAreas.map((s, i) => ({ id: `1.${i + 1}`, maxPoints: s.maxPoints })) }],
    };
    const doc = {
      areas: [{
        id: "1",
        subAreas: area.subAreas.map((s, i) => {
          const subArea = { id: `1.${i + 1}` };
          if ("notAssessed" in s) subArea.notAssessed = s.notAssessed;
          else subArea.points = s.points;
          return subArea;
        }),
      }],
    };
    const score = form.scoreDocument(doc, rubric).areas[0].score;
    const percent = form.percentOf(score.points, score.assessedMaxPoints);
    assert.strictEqual(form.wholeNumber(score.points) + 0, area.points, area.description);
    assert.strictEqual(percent === null ? null : form.wholeNumber(percent) + 0, area.percent, area.description);
  }
});

test("dates and municipality codes as the library reads them", () => {
  assert.strictEqual(form.datePrecision("2020-11"), "month");
  assert.strictEqual(form.datePrecision("2024-02-29"), "day");
  assert.strictEqual(form.datePrecision("1900-02-29"), null);
  assert.strictEqual(form.datePrecision("2020-13"), null);
  assert.strictEqual(form.datePrecision("0999-01"), null);
  assert.strictEqual(form.datePrecision("2014"), "year");
  assert.strictEqual(form.datePrecision("999"), null);
  assert.strictEqual(form.datePrecision("20141"), null);
  assert.strictEqual(form.isMunicipalityCode("1881"), true);
  assert.strictEqual(form.isMunicipalityCode("0114"), true);
  assert.strictEqual(form.isMunicipalityCode("0214"), false);
  assert.strictEqual(form.isMunicipalityCode("188"), false);
  assert.deepStrictEqual(form.parseNumber("12,5"), { value: 12.5 });
  assert.deepStrictEqual(form.parseNumber(" "), { empty: true });
  assert.deepStrictEqual(form.parseNumber("12,5,3"), { invalid: true });
});

test("a totals-only evaluation is scored by its top-level points", () => {
  const rubric = { areas: [{ id: "1", maxPoints: 100, subAreas: [] }, { id: "2", maxPoints: 100, subAreas: [] }] };
  const scored = form.scoreDocument({ detail: "total", points: 123.5 }, rubric);
  assert.deepStrictEqual(scored.total, { points: 123.5, assessedMaxPoints: 200, maxPoints: 200 });
  assert.strictEqual(scored.pending, 0);
  assert.strictEqual(form.wholeNumber(form.percentOf(scored.total.points, scored.total.assessedMaxPoints)), 62);
  assert.strictEqual(form.scoreDocument({ detail: "total", points: null }, rubric).pending, 1);
  const notAssessed = form.scoreDocument({ detail: "total", notAssessed: "Ingen total publicerad" }, rubric);
  assert.deepStrictEqual([notAssessed.total.assessedMaxPoints, notAssessed.pending], [0, 0]);
});

test("municipality names matched as the library matches them", () => {
  // Two entries in the shape `kompass form` embeds (forms are the library's comparison keys).
  const register = {
    municipalities: [
      { code: "1881", name: "Kumla kommun", forms: ["kumla", "kumla kommun", "kumla stad", "kumla municipality"] },
      { code: "2184", name: "Hudiksvalls kommun", forms: ["hudiksvall", "hudiksvall kommun", "hudiksvalls", "hudiksvalls kommun"] },
    ],
    codeChanges: [{ formerCode: "1917", code: "0331" }],
  };
  assert.strictEqual(form.nameKey("  KUMLA \t Kommun "), "kumla kommun");
  assert.strictEqual(form.nameKey("Bora\u030As"), "borås".normalize("NFC"));
  const found = form.lookUpMunicipality(register, "Hudiksvalls  kommun", "");
  assert.deepStrictEqual(found.named.map((m) => m.code), ["2184"]);
  assert.strictEqual(found.matches, false);
  assert.strictEqual(form.lookUpMunicipality(register, "kumla", "1881").matches, true);
  const mismatch = form.lookUpMunicipality(register, "Kumla kommun", "2184");
  assert.deepStrictEqual([mismatch.matches, mismatch.coded.name, mismatch.named[0].code], [false, "Hudiksvalls kommun", "1881"]);
  assert.strictEqual(form.lookUpMunicipality(register, "", "1917").change.code, "0331");
  assert.strictEqual(form.lookUpMunicipality(register, "Testby", "9999").coded, null);
});
