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
  assert.strictEqual(form.isMunicipalityCode("1881"), true);
  assert.strictEqual(form.isMunicipalityCode("0114"), true);
  assert.strictEqual(form.isMunicipalityCode("0214"), false);
  assert.strictEqual(form.isMunicipalityCode("188"), false);
  assert.deepStrictEqual(form.parseNumber("12,5"), { value: 12.5 });
  assert.deepStrictEqual(form.parseNumber(" "), { empty: true });
  assert.deepStrictEqual(form.parseNumber("12,5,3"), { invalid: true });
});
