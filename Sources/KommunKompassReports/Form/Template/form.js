/*
 * The evaluation form of kommunkompass: one plain script, no framework, no network.
 *
 * The form edits an evaluation document (the JSON of an evaluation file) in place. Every field
 * writes straight into that document, so keys the form does not show (titles, guidance, carried-over
 * findings, keys added by later versions) are saved exactly as they were opened. What the evaluator
 * types into number fields is also kept as typed, so a value out of range or not a number is never
 * dropped: it stays in the field and in the browser's local storage, and saving to a file is refused
 * with the reason until it is corrected.
 *
 * Parts, in order: numbers (rounding as the library rounds), scoring, checks, texts in Swedish and
 * English, local storage, building the page, opening and saving files, start-up. The first three are
 * also exported for the tests under node (see the end of the file).
 */
(function () {
  "use strict";

  // ---------------------------------------------------------------------------------------------
  // Numbers: the library's DisplayRounding.wholeNumber, step by step.
  // ---------------------------------------------------------------------------------------------

  /** Rounds half away from zero on the binary value (Swift's `rounded()`). */
  function roundAwayFromZero(value) {
    return value < 0 ? -Math.round(-value) : Math.round(value);
  }

  /**
   * Rounds the shortest decimal text of a value (what a file wrote) to a whole number, half away
   * from zero, on the decimal digits themselves: 12.4999999996 gives 12, never 13.
   */
  function roundShortestDecimal(value) {
    var match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(value)));
    var digits = match[1] + (match[2] || "");
    // How many of the digits stand before the decimal point.
    var point = match[1].length + (match[3] ? Number(match[3]) : 0);
    var whole = point <= 0 ? 0 : Number((digits.slice(0, point) + "0".repeat(point)).slice(0, point));
    var firstDropped = point < 0 ? "0" : digits.charAt(point) || "0";
    if (firstDropped >= "5") whole += 1;
    return value < 0 && whole !== 0 ? -whole : whole;
  }

  /**
   * A figure rounded for display as the library does: a whole number, half away from zero, on the
   * exact decimal value (the shortest decimal text of the number). Nothing is snapped: sums and
   * shares are computed exactly (below), so a sum meant as 72.5 is 72.5.
   */
  function wholeNumber(value) {
    if (!isFinite(value)) return isNaN(value) ? 0 : value;
    if (Math.abs(value) < 1e15) return roundShortestDecimal(value);
    return roundAwayFromZero(value);
  }

  /**
   * The figure as a whole number of hundredths when it is one exactly (at most two decimals, as
   * every published figure), else null; as the library's exact arithmetic does.
   */
  function hundredths(value) {
    if (!isFinite(value) || Math.abs(value) >= 1e12) return null;
    var scaled = Math.round(value * 100);
    return scaled / 100 === value ? scaled : null;
  }

  /** a + b on their exact decimal values when both have at most two decimals. */
  function addExact(a, b) {
    var x = hundredths(a);
    var y = hundredths(b);
    return x !== null && y !== null ? (x + y) / 100 : a + b;
  }

  /** Points as a percentage of the assessed maximum, unrounded; null when nothing was assessed. */
  function percentOf(points, assessedMaxPoints) {
    if (!(assessedMaxPoints > 0)) return null;
    // On exact hundredths, one correctly rounded division gives the double nearest the exact share.
    var p = hundredths(points);
    var m = hundredths(assessedMaxPoints);
    if (p !== null && m !== null) return (p * 100) / m;
    var percent = (100 * points) / assessedMaxPoints;
    return isFinite(percent) ? percent : 100 * (points / assessedMaxPoints);
  }

  // ---------------------------------------------------------------------------------------------
  // Scoring: sums in the library's order (rubric order, from zero, areas summed into the total).
  // ---------------------------------------------------------------------------------------------

  var ZERO = { points: 0, assessedMaxPoints: 0, maxPoints: 0 };

  function addScores(a, b) {
    return {
      points: addExact(a.points, b.points),
      assessedMaxPoints: addExact(a.assessedMaxPoints, b.assessedMaxPoints),
      maxPoints: addExact(a.maxPoints, b.maxPoints),
    };
  }

  /** The score of one scored part (a sub-area, or an area assessed as a whole). */
  function partScore(node, maxPoints) {
    if (node && typeof node.notAssessed === "string") {
      return { score: { points: 0, assessedMaxPoints: 0, maxPoints: maxPoints }, status: "notAssessed" };
    }
    if (node && typeof node.points === "number" && isFinite(node.points)) {
      return { score: { points: node.points, assessedMaxPoints: maxPoints, maxPoints: maxPoints }, status: "scored" };
    }
    return { score: { points: 0, assessedMaxPoints: 0, maxPoints: maxPoints }, status: "pending" };
  }

  /** The first element of each id, as the library's scoring engine looks them up. */
  function indexByID(list) {
    var map = new Map();
    (Array.isArray(list) ? list : []).forEach(function (item) {
      if (item && typeof item.id === "string" && !map.has(item.id)) map.set(item.id, item);
    });
    return map;
  }

  /**
   * Scores an evaluation document against a rubric: per area and in total, with how many parts
   * (sub-areas, or areas in an area-level evaluation, or the total alone) are not scored yet.
   */
  function scoreDocument(doc, rubric) {
    if (doc.detail === "total") {
      // A totals-only evaluation ("detail": "total") gives its points at the top of the file.
      var maxPoints = rubric.areas.reduce(function (sum, area) { return addExact(sum, area.maxPoints); }, 0);
      var whole = partScore(doc, maxPoints);
      return { areas: [], total: whole.score, parts: 1, pending: whole.status === "pending" ? 1 : 0 };
    }
    var areaLevel = doc.detail === "area";
    var areasByID = indexByID(doc.areas);
    var subAreasByID = new Map();
    (Array.isArray(doc.areas) ? doc.areas : []).forEach(function (area) {
      indexByID(area && area.subAreas).forEach(function (subArea, id) {
        if (!subAreasByID.has(id)) subAreasByID.set(id, subArea);
      });
    });
    var parts = 0;
    var pending = 0;
    var areas = rubric.areas.map(function (rubricArea) {
      if (areaLevel) {
        var own = partScore(areasByID.get(rubricArea.id), rubricArea.maxPoints);
        parts += 1;
        if (own.status === "pending") pending += 1;
        return { id: rubricArea.id, score: own.score, subAreas: [] };
      }
      var score = ZERO;
      var subAreas = rubricArea.subAreas.map(function (rubricSubArea) {
        var part = partScore(subAreasByID.get(rubricSubArea.id), rubricSubArea.maxPoints);
        parts += 1;
        if (part.status === "pending") pending += 1;
        score = addScores(score, part.score);
        return { id: rubricSubArea.id, score: part.score, status: part.status };
      });
      return { id: rubricArea.id, score: score, subAreas: subAreas };
    });
    var total = areas.reduce(function (sum, area) {
      return addScores(sum, area.score);
    }, ZERO);
    return { areas: areas, total: total, parts: parts, pending: pending };
  }

  // ---------------------------------------------------------------------------------------------
  // Checks of what was typed, with the library's rules.
  // ---------------------------------------------------------------------------------------------

  /**
   * Reads typed points: digits with a decimal point or comma ("12,5"), optionally signed or with an
   * exponent. Returns { empty } for an empty field, { value } for a number, { invalid } otherwise.
   */
  function parseNumber(text) {
    var trimmed = String(text).trim();
    if (trimmed === "") return { empty: true };
    if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/.test(trimmed)) return { invalid: true };
    var value = Number(trimmed.replace(",", "."));
    return isFinite(value) ? { value: value } : { invalid: true };
  }

  var COUNTY_CODES = ["01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14",
    "17", "18", "19", "20", "21", "22", "23", "24", "25"];

  /** Whether a text is a municipality code as the library accepts it: four digits, a county code first. */
  function isMunicipalityCode(text) {
    return /^\d{4}$/.test(text) && COUNTY_CODES.indexOf(text.slice(0, 2)) >= 0;
  }

  /** The precision of a date as written ("day", "month" or "year"), or null when it is no date. */
  function datePrecision(text) {
    var match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
    if (!match) return null;
    var year = Number(match[1]);
    if (year < 1000) return null;
    if (match[2] === undefined) return "year";
    var month = Number(match[2]);
    if (month < 1 || month > 12) return null;
    if (match[3] === undefined) return "month";
    var leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    var days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].indexOf(month) >= 0 ? 30 : 31;
    var day = Number(match[3]);
    return day >= 1 && day <= days ? "day" : null;
  }

  /**
   * The key two spellings of a municipality's name share, as the library compares them: Unicode
   * form C, lower case, runs of white space as one space, none at the ends. The register's accepted
   * forms ("kumla", "kumla kommun", "hudiksvalls kommun") are embedded as such keys.
   */
  function nameKey(text) {
    return String(text).normalize("NFC").toLowerCase().split(/\s+/).filter(Boolean).join(" ");
  }

  /**
   * What the register says about a name and a code: the municipalities the name may stand for,
   * the municipality with the code, and a code SCB no longer uses. `register` is the embedded
   * { municipalities: [{ code, name, forms }], codeChanges: [{ formerCode, code }] }.
   */
  function lookUpMunicipality(register, name, code) {
    var key = nameKey(name);
    var named = register.municipalities.filter(function (m) { return key !== "" && m.forms.indexOf(key) >= 0; });
    var coded = register.municipalities.find(function (m) { return m.code === code; }) || null;
    var change = register.codeChanges.find(function (c) { return c.formerCode === code; }) || null;
    return { named: named, coded: coded, change: change, matches: coded !== null && named.indexOf(coded) >= 0 };
  }

  var core = {
    nameKey: nameKey,
    lookUpMunicipality: lookUpMunicipality,
    wholeNumber: wholeNumber,
    percentOf: percentOf,
    addScores: addScores,
    scoreDocument: scoreDocument,
    parseNumber: parseNumber,
    isMunicipalityCode: isMunicipalityCode,
    datePrecision: datePrecision,
  };
  if (typeof module === "object" && module.exports) {
    // Under node, for the tests: only the parts above.
    module.exports = core;
    return;
  }

  // ---------------------------------------------------------------------------------------------
  // Texts. Swedish by default; English with `kompass form --language en`.
  // ---------------------------------------------------------------------------------------------

  var TEXTS = {
    sv: {
      heading: "Utvärdering enligt Kommunkompassen",
      toolbar: "Fil",
      privacy: "Det du skriver sparas bara i den här webbläsaren och skickas aldrig någonstans; spara som JSON för att få en fil.",
      open: "Öppna…",
      openLabel: "Öppna en utvärderingsfil (JSON)",
      save: "Spara som JSON",
      clear: "Rensa sparade uppgifter",
      clearConfirm: "Ta bort allt som formuläret sparat i den här webbläsaren?",
      clearYes: "Ja, rensa",
      clearNo: "Avbryt",
      cleared: "Sparade uppgifter i den här webbläsaren är borttagna. Det som står i formuläret finns kvar tills du stänger sidan.",
      version: "Version av Kommunkompassen",
      unknownVersion: function (id) {
        return "Versionen av Kommunkompassen \"" + id + "\" finns inte i formuläret: maxpoäng, stödfrågor och summor saknas, och kompass validate känner inte till den.";
      },
      about: "Om utvärderingen",
      municipalityName: "Kommunens namn",
      municipalityCode: "Kommunkod (SCB, fyra siffror)",
      datePrecision: "Datumets precision",
      precisionDay: "Dag (ÅÅÅÅ-MM-DD)",
      precisionMonth: "Bara månad (ÅÅÅÅ-MM)",
      precisionYear: "Bara år (ÅÅÅÅ)",
      municipalityNameHint: "Välj eller skriv ett namn ur SCB:s register; koden fylls i.",
      fictitious: "Påhittad kommun (till exempel i testdata); namn och kod kontrolleras inte mot SCB:s register",
      totalHeading: "Totalen",
      totalNote: "Bara totalen (\"detail\": \"total\"): källan anger bara totalpoängen, inga poäng per område.",
      totalLabel: "totalen",
      pendingTotal: function (pending) { return pending ? "Totalen är ännu inte poängsatt." : "Totalen är poängsatt."; },
      date: "Datum",
      kind: "Slag av utvärdering",
      kindExternal: "Extern utvärdering",
      kindSelf: "Självvärdering",
      evaluators: "Utvärderare",
      evaluator: "Utvärderare",
      addEvaluator: "Lägg till utvärderare",
      interviews: "Antal intervjuade",
      sourcesDescription: "Underlag (dokument, webbplats, intervjuer)",
      provenance: "Ursprung (varifrån innehållet kommer)",
      publishedTotal: "Publicerad total (om källan anger en)",
      overview: "Poäng",
      overviewCaption: "Poäng per område, avrundade som i kompass score",
      area: "Område",
      points: "Poäng",
      max: "Max",
      percent: "Procent",
      total: "Totalt",
      pendingCount: function (n, unit) {
        return n === 0 ? "Alla " + unit.plural + " är poängsatta." : n + " " + (n === 1 ? unit.one : unit.plural) + " kvar att poängsätta.";
      },
      subAreaUnit: { one: "delområde", plural: "delområden" },
      areaUnit: { one: "område", plural: "områden" },
      areaSum: function (points, max, assessedMax, percent) {
        var text = assessedMax === max ? points + " av " + max + " poäng" : points + " av " + assessedMax + " bedömda poäng";
        return text + (percent === null ? "" : " (" + percent + ")");
      },
      areaLevelNote: "Poäng per område (\"detail\": \"area\"): utvärderingen ger bara områdenas poäng.",
      strengths: "Styrkor",
      strength: "Styrka",
      addStrength: "Lägg till styrka",
      improvements: "Förbättringsmöjligheter",
      improvement: "Förbättringsmöjlighet",
      addImprovement: "Lägg till förbättringsmöjlighet",
      previousStrengths: "Styrkor från förra utvärderingen, att stämma av",
      previousImprovements: "Förbättringsmöjligheter från förra utvärderingen, att stämma av",
      previousItem: "Punkt",
      assessment: function (id) { return "Bedömning av " + id; },
      choicePoints: "Poäng",
      choiceNotAssessed: "Ej bedömt",
      choicePending: "Ännu inte poängsatt",
      pointsLabel: function (id, max) { return "Poäng för " + id + (max === null ? "" : " (0–" + max + ")"); },
      reasonLabel: function (id) { return "Skäl till att " + id + " inte bedömts"; },
      maxPoints: function (max) { return "max " + max + " poäng"; },
      notes: "Stödfrågor",
      findings: "Iakttagelser",
      finding: function (n) { return "Iakttagelse " + n; },
      findingText: "Vad som iakttogs",
      findingSource: "Källa",
      chooseSource: "Välj källa",
      sourceInterview: "Intervju",
      sourceDocument: "Dokument",
      sourceWebsite: "Webbplats och sociala medier",
      findingReference: "Referens (dokument, diarienummer eller webbadress)",
      findingDate: "Datum (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)",
      findingRecordedBy: "Antecknad av",
      carriedOver: function (date) { return "Förd över från utvärderingen " + date + "."; },
      addFinding: function (id) { return "Lägg till iakttagelse i " + id; },
      remove: "Ta bort",
      removeLabel: function (what) { return "Ta bort " + what; },
      summary: "Sammanfattning",
      summaryItem: "Stycke",
      addSummary: "Lägg till stycke",
      goodExamples: "Goda exempel",
      goodExample: function (n) { return "Gott exempel " + n; },
      goodExampleArea: "Område",
      noArea: "Inget särskilt område",
      goodExampleText: "Exemplet",
      addGoodExample: "Lägg till gott exempel",
      unknownPart: function (id) { return "finns inte i den här versionen av Kommunkompassen"; },
      restoreHeading: "Osparat arbete i den här webbläsaren",
      restoreIntro: "Formuläret har sparat det här i webbläsaren. Vill du fortsätta där du slutade?",
      restore: "Återställ",
      restoreLabel: function (title) { return "Återställ " + title; },
      restoreDismiss: "Börja utan att återställa",
      restored: function (title) { return "Återställt: " + title + "."; },
      entryTitle: function (name, date) { return (name || "Ny utvärdering") + (date ? ", " + date : ""); },
      entryDetails: function (changed, saved) {
        return "ändrat " + changed + "; " + (saved ? "senast sparad som fil " + saved : "aldrig sparad som fil");
      },
      keptAt: function (time) { return "Sparat i webbläsaren " + time + "."; },
      fileSavedAt: function (time) { return "Senast sparad som fil " + time + "."; },
      neverSavedToFile: "Inte sparad som fil ännu.",
      storageFailed: "Kunde inte spara i webbläsaren (lokal lagring är avstängd eller full); spara som JSON för att inte förlora något.",
      saved: function (name) { return "Sparade " + name + "."; },
      saveRefused: function (n) { return "Filen sparades inte: rätta " + (n === 1 ? "1 fel" : n + " fel") + " först."; },
      opened: function (name) { return "Öppnade " + name + "."; },
      openFailed: function (name, why) { return "Kunde inte öppna " + name + ": " + why; },
      notJSON: "filen är ingen JSON-fil.",
      notEvaluation: "filen ser inte ut som en utvärdering (den saknar \"rubric\", \"areas\" eller kommun, datum och slag).",
      addedMissing: function (ids) { return "Filen saknade " + ids.join(", ") + "; de har lagts till som ännu inte poängsatta."; },
      problems: {
        notANumber: function (text) { return "\"" + text + "\" är inget tal; skriv till exempel 12,5."; },
        negative: function (value, max) { return "Poängen " + value + " är negativ; tillåtet är 0–" + max + "."; },
        aboveMax: function (value, max) { return "Poängen " + value + " är högre än maxpoängen " + max + "; tillåtet är 0–" + max + "."; },
        negativeNoMax: function (value) { return "Poängen " + value + " är negativ."; },
        empty: function (what) { return what + " är tom; skriv något eller ta bort den."; },
        nameMissing: "Skriv kommunens namn.",
        codeUnknown: function (code, count) { return "Kommunkoden " + code + " finns inte bland SCB:s " + count + " kommunkoder; välj kommunen ur listan eller kryssa i påhittad kommun."; },
        codeMismatch: function (name, code, registered, other) {
          return "Namnet \"" + name + "\" hör inte till kommunkod " + code + ", som är " + registered + " i SCB:s register" +
            (other ? "; " + other.name + " har kommunkod " + other.code : "") + ". Kontrollera namn och kod.";
        },
        formerCode: function (code, current) { return code + " är en tidigare kommunkod; i dag har " + current.name + " kod " + current.code + "."; },
        codeInvalid: function (code) { return code === "" ? "Skriv kommunkoden, fyra siffror som \"1881\"." : "\"" + code + "\" är ingen kommunkod: fyra siffror som börjar med en länskod (01, 03–10, 12–14, 17–25), till exempel 1881."; },
        dateInvalid: function (text) { return text === "" ? "Skriv datumet." : "\"" + text + "\" är inget datum; skriv ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM när bara månaden är känd eller ÅÅÅÅ när bara året är känt."; },
        datePrecision: function (precision) { return precision === "day" ? "Skriv en dag, ÅÅÅÅ-MM-DD, eller välj en annan precision." : precision === "month" ? "Skriv bara månaden, ÅÅÅÅ-MM, eller välj en annan precision." : "Skriv bara året, ÅÅÅÅ, eller välj en annan precision."; },
        kindMissing: "Välj slag av utvärdering.",
        interviews: function (text) { return "\"" + text + "\" är inget heltal från 0."; },
        reasonMissing: function (id) { return "Skriv skälet till att " + id + " inte bedömts."; },
        sourceMissing: "Välj källa.",
        findingDate: function (text) { return "\"" + text + "\" är inget datum; skriv ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ."; },
        unknownID: function (id) { return id + " finns inte i den här versionen av Kommunkompassen."; },
      },
    },
    en: {
      heading: "Evaluation with Kommunkompassen",
      toolbar: "File",
      privacy: "What you type is kept in this browser only and never sent anywhere; save as JSON to get a file.",
      open: "Open…",
      openLabel: "Open an evaluation file (JSON)",
      save: "Save as JSON",
      clear: "Clear saved data",
      clearConfirm: "Remove everything the form saved in this browser?",
      clearYes: "Yes, clear",
      clearNo: "Cancel",
      cleared: "The data saved in this browser is removed. What the form shows stays until you close the page.",
      version: "Version of Kommunkompassen",
      unknownVersion: function (id) {
        return "The version of Kommunkompassen \"" + id + "\" is not in the form: maxima, evidence notes and sums are missing, and kompass validate does not know it.";
      },
      about: "About the evaluation",
      municipalityName: "Municipality's name",
      municipalityCode: "Municipality code (SCB, four digits)",
      datePrecision: "Precision of the date",
      precisionDay: "Day (YYYY-MM-DD)",
      precisionMonth: "Month only (YYYY-MM)",
      precisionYear: "Year only (YYYY)",
      municipalityNameHint: "Choose or type a name from SCB's register; the code is filled in.",
      fictitious: "Made-up municipality (as in test data); name and code are not checked against SCB's register",
      totalHeading: "The total",
      totalNote: "Total only (\"detail\": \"total\"): the source gives the total points only, no points per area.",
      totalLabel: "the total",
      pendingTotal: function (pending) { return pending ? "The total is not scored yet." : "The total is scored."; },
      date: "Date",
      kind: "Kind of evaluation",
      kindExternal: "External evaluation",
      kindSelf: "Self-assessment",
      evaluators: "Evaluators",
      evaluator: "Evaluator",
      addEvaluator: "Add evaluator",
      interviews: "Number of people interviewed",
      sourcesDescription: "Evidence (documents, website, interviews)",
      provenance: "Provenance (where the content comes from)",
      publishedTotal: "Published total (if the source gives one)",
      overview: "Points",
      overviewCaption: "Points per area, rounded as in kompass score",
      area: "Area",
      points: "Points",
      max: "Max",
      percent: "Percent",
      total: "Total",
      pendingCount: function (n, unit) {
        return n === 0 ? "All " + unit.plural + " are scored." : n + " " + (n === 1 ? unit.one : unit.plural) + " still to score.";
      },
      subAreaUnit: { one: "sub-area", plural: "sub-areas" },
      areaUnit: { one: "area", plural: "areas" },
      areaSum: function (points, max, assessedMax, percent) {
        var text = assessedMax === max ? points + " of " + max + " points" : points + " of " + assessedMax + " assessed points";
        return text + (percent === null ? "" : " (" + percent + ")");
      },
      areaLevelNote: "Points per area (\"detail\": \"area\"): the evaluation gives the areas' points only.",
      strengths: "Strengths",
      strength: "Strength",
      addStrength: "Add strength",
      improvements: "Improvement opportunities",
      improvement: "Improvement opportunity",
      addImprovement: "Add improvement opportunity",
      previousStrengths: "Strengths from the previous evaluation, to re-check",
      previousImprovements: "Improvement opportunities from the previous evaluation, to re-check",
      previousItem: "Item",
      assessment: function (id) { return "Assessment of " + id; },
      choicePoints: "Points",
      choiceNotAssessed: "Not assessed",
      choicePending: "Not scored yet",
      pointsLabel: function (id, max) { return "Points for " + id + (max === null ? "" : " (0–" + max + ")"); },
      reasonLabel: function (id) { return "Why " + id + " was not assessed"; },
      maxPoints: function (max) { return "max " + max + " points"; },
      notes: "Evidence notes",
      findings: "Findings",
      finding: function (n) { return "Finding " + n; },
      findingText: "What was found",
      findingSource: "Source",
      chooseSource: "Choose source",
      sourceInterview: "Interview",
      sourceDocument: "Document",
      sourceWebsite: "Website and social media",
      findingReference: "Reference (document, case number or web address)",
      findingDate: "Date (YYYY-MM-DD, YYYY-MM or YYYY)",
      findingRecordedBy: "Recorded by",
      carriedOver: function (date) { return "Carried over from the evaluation of " + date + "."; },
      addFinding: function (id) { return "Add finding to " + id; },
      remove: "Remove",
      removeLabel: function (what) { return "Remove " + what; },
      summary: "Summary",
      summaryItem: "Paragraph",
      addSummary: "Add paragraph",
      goodExamples: "Good examples",
      goodExample: function (n) { return "Good example " + n; },
      goodExampleArea: "Area",
      noArea: "No particular area",
      goodExampleText: "The example",
      addGoodExample: "Add good example",
      unknownPart: function (id) { return "is not in this version of Kommunkompassen"; },
      restoreHeading: "Unsaved work in this browser",
      restoreIntro: "The form kept this in the browser. Do you want to go on where you left off?",
      restore: "Restore",
      restoreLabel: function (title) { return "Restore " + title; },
      restoreDismiss: "Start without restoring",
      restored: function (title) { return "Restored: " + title + "."; },
      entryTitle: function (name, date) { return (name || "New evaluation") + (date ? ", " + date : ""); },
      entryDetails: function (changed, saved) {
        return "changed " + changed + "; " + (saved ? "last saved as a file " + saved : "never saved as a file");
      },
      keptAt: function (time) { return "Kept in the browser " + time + "."; },
      fileSavedAt: function (time) { return "Last saved as a file " + time + "."; },
      neverSavedToFile: "Not saved as a file yet.",
      storageFailed: "Could not keep the work in the browser (local storage is off or full); save as JSON so as not to lose anything.",
      saved: function (name) { return "Saved " + name + "."; },
      saveRefused: function (n) { return "The file was not saved: correct " + (n === 1 ? "1 error" : n + " errors") + " first."; },
      opened: function (name) { return "Opened " + name + "."; },
      openFailed: function (name, why) { return "Could not open " + name + ": " + why; },
      notJSON: "the file is not JSON.",
      notEvaluation: "the file does not look like an evaluation (it lacks \"rubric\", \"areas\" or municipality, date and kind).",
      addedMissing: function (ids) { return "The file lacked " + ids.join(", ") + "; they were added as not scored yet."; },
      problems: {
        notANumber: function (text) { return "\"" + text + "\" is not a number; write for example 12.5."; },
        negative: function (value, max) { return "The points " + value + " are negative; allowed is 0–" + max + "."; },
        aboveMax: function (value, max) { return "The points " + value + " are above the maximum " + max + "; allowed is 0–" + max + "."; },
        negativeNoMax: function (value) { return "The points " + value + " are negative."; },
        empty: function (what) { return what + " is empty; write something or remove it."; },
        nameMissing: "Write the municipality's name.",
        codeUnknown: function (code, count) { return "The municipality code " + code + " is not among SCB's " + count + " municipality codes; choose the municipality from the list or tick made-up municipality."; },
        codeMismatch: function (name, code, registered, other) {
          return "The name \"" + name + "\" does not belong to municipality code " + code + ", which is " + registered + " in SCB's register" +
            (other ? "; " + other.name + " has municipality code " + other.code : "") + ". Check the name and the code.";
        },
        formerCode: function (code, current) { return code + " is a former municipality code; today " + current.name + " has code " + current.code + "."; },
        codeInvalid: function (code) { return code === "" ? "Write the municipality code, four digits such as \"1881\"." : "\"" + code + "\" is not a municipality code: four digits starting with a county code (01, 03–10, 12–14, 17–25), for example 1881."; },
        dateInvalid: function (text) { return text === "" ? "Write the date." : "\"" + text + "\" is not a date; write YYYY-MM-DD, YYYY-MM when only the month is known, or YYYY when only the year is known."; },
        datePrecision: function (precision) { return precision === "day" ? "Write a day, YYYY-MM-DD, or choose another precision." : precision === "month" ? "Write the month only, YYYY-MM, or choose another precision." : "Write the year only, YYYY, or choose another precision."; },
        kindMissing: "Choose the kind of evaluation.",
        interviews: function (text) { return "\"" + text + "\" is not a whole number from 0."; },
        reasonMissing: function (id) { return "Write why " + id + " was not assessed."; },
        sourceMissing: "Choose the source.",
        findingDate: function (text) { return "\"" + text + "\" is not a date; write YYYY-MM-DD, YYYY-MM or YYYY."; },
        unknownID: function (id) { return id + " is not in this version of Kommunkompassen."; },
      },
    },
  };

  // ---------------------------------------------------------------------------------------------
  // State: the document, what was typed into number fields, and the choices made.
  // ---------------------------------------------------------------------------------------------

  var config; // what `kompass form` embedded: language, rubrics, default $schema, an opened file
  var T; // the texts in the form's language
  var rubricsByID = new Map();
  var state; // { doc, texts, choices, owner, fileName, fileSavedAt, keptAt, storageKey }
  var showAllProblems = false; // after a refused save, every problem is shown at its field

  /** A new random id for a form's entry in local storage, so two forms never share one. */
  function newOwner() {
    var bytes = new Uint8Array(8);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
  }

  /** The state for a document just created or opened. */
  function freshState(doc, fileName) {
    return { doc: doc, texts: {}, choices: {}, owner: newOwner(), fileName: fileName || null, fileSavedAt: null, keptAt: null, storageKey: null };
  }

  /** A new evaluation of the rubric, every part not scored yet, as `kompass init` writes one. */
  function newDocument(rubric) {
    var areaLevel = rubric.areas.every(function (area) { return area.subAreas.length === 0; });
    var doc = { $schema: config.defaultSchema, formatVersion: 1, rubric: rubric.id };
    if (areaLevel) doc.detail = "area";
    doc.municipality = { name: "", code: "" };
    doc.date = "";
    doc.kind = "external";
    doc.evaluators = [];
    doc.sources = {};
    doc.areas = rubric.areas.map(function (area) {
      if (areaLevel) return { id: area.id, points: null, strengths: [], improvements: [] };
      return {
        id: area.id,
        strengths: [],
        improvements: [],
        subAreas: area.subAreas.map(function (subArea) { return { id: subArea.id, points: null, findings: [] }; }),
      };
    });
    doc.summary = [];
    doc.goodExamples = [];
    return doc;
  }

  /**
   * Adds the rubric's areas and sub-areas a document lacks, at their place in the rubric, as not
   * scored yet; returns their ids. Nothing is removed or changed.
   */
  function addMissingParts(doc, rubric) {
    var added = [];
    if (!rubric || !Array.isArray(doc.areas) || doc.detail === "total") return added;
    var areaLevel = doc.detail === "area";
    rubric.areas.forEach(function (rubricArea, areaIndex) {
      var area = doc.areas.find(function (a) { return a && a.id === rubricArea.id; });
      if (!area) {
        area = areaLevel ? { id: rubricArea.id, points: null } : { id: rubricArea.id, subAreas: [] };
        doc.areas.splice(Math.min(areaIndex, doc.areas.length), 0, area);
        if (areaLevel) added.push(rubricArea.id);
      }
      if (areaLevel) return;
      if (!Array.isArray(area.subAreas)) return;
      rubricArea.subAreas.forEach(function (rubricSubArea, subIndex) {
        var found = doc.areas.some(function (a) {
          return a && Array.isArray(a.subAreas) && a.subAreas.some(function (s) { return s && s.id === rubricSubArea.id; });
        });
        if (!found) {
          area.subAreas.splice(Math.min(subIndex, area.subAreas.length), 0, { id: rubricSubArea.id, points: null, findings: [] });
          added.push(rubricSubArea.id);
        }
      });
    });
    return added;
  }

  // ---------------------------------------------------------------------------------------------
  // Local storage. Every form keeps its work under its own key: the version of Kommunkompassen,
  // the municipality, the date and a random id of the form, so two forms (Chromium gives all
  // file:// pages one origin) never overwrite each other's work.
  // ---------------------------------------------------------------------------------------------

  var STORAGE_PREFIX = "kommunkompass-form/";

  function storageKeyFor(current) {
    var doc = current.doc;
    var municipality = doc.municipality && typeof doc.municipality === "object" ? doc.municipality : {};
    return STORAGE_PREFIX + [doc.rubric, municipality.code || municipality.name || "", doc.date || "", current.owner]
      .map(function (part) { return encodeURIComponent(String(part)); }).join("/");
  }

  /** Keeps the current work in local storage, moving it when its key changed. */
  function keep() {
    var key = storageKeyFor(state);
    state.keptAt = new Date().toISOString();
    try {
      window.localStorage.setItem(key, JSON.stringify({
        doc: state.doc, texts: state.texts, choices: state.choices, owner: state.owner,
        fileName: state.fileName, fileSavedAt: state.fileSavedAt, keptAt: state.keptAt,
      }));
      // The old key has this form's own id, so no other form's work is removed.
      if (state.storageKey && state.storageKey !== key) window.localStorage.removeItem(state.storageKey);
      state.storageKey = key;
    } catch (error) {
      state.keptAt = null;
      setStatus(T.storageFailed);
      return;
    }
    updateSaveTimes();
  }

  /** The forms' entries in local storage, newest first. */
  function storedEntries() {
    var entries = [];
    try {
      for (var i = 0; i < window.localStorage.length; i++) {
        var key = window.localStorage.key(i);
        if (!key || key.indexOf(STORAGE_PREFIX) !== 0) continue;
        try {
          var entry = JSON.parse(window.localStorage.getItem(key));
          if (entry && entry.doc && typeof entry.doc === "object") {
            entry.key = key;
            entries.push(entry);
          }
        } catch (ignored) {
          // An entry that is not JSON is not the form's; it is left alone.
        }
      }
    } catch (error) {
      return [];
    }
    return entries.sort(function (a, b) { return String(b.keptAt).localeCompare(String(a.keptAt)); });
  }

  function clearStored() {
    storedEntries().forEach(function (entry) { window.localStorage.removeItem(entry.key); });
    state.storageKey = null;
    state.keptAt = null;
  }

  // ---------------------------------------------------------------------------------------------
  // Building the page.
  // ---------------------------------------------------------------------------------------------

  /** Creates an element with attributes (on* values become listeners) and children. */
  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === null || value === undefined || value === false) return;
      if (name.slice(0, 2) === "on") node.addEventListener(name.slice(2), value);
      else if (name === "text") node.textContent = value;
      else if (name in node && name !== "list" && name !== "form") node[name] = value;
      else node.setAttribute(name, value === true ? "" : value);
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function $(id) {
    return document.getElementById(id);
  }

  /** A number as people read it: decimal comma in Swedish. */
  function numberText(value) {
    var text = String(value);
    return config.language === "sv" ? text.replace(".", ",") : text;
  }

  /** A whole percentage as the library writes it: "63\u00A0%" (no-break space) in Swedish, "63%" in English. */
  function percentSign(value) {
    return config.language === "sv" ? value + "\u00A0%" : value + "%";
  }

  function timeText(iso) {
    if (!iso) return "";
    var date = new Date(iso);
    var pad = function (n) { return String(n).padStart(2, "0"); };
    return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate()) + " " + pad(date.getHours()) + ":" + pad(date.getMinutes());
  }

  function setStatus(text) {
    $("status").textContent = text;
  }

  function currentRubric() {
    return rubricsByID.get(state.doc.rubric) || null;
  }

  /** Called after every edit: keep the work, update the sums and the messages at the fields. */
  function changed() {
    keep();
    updateFigures();
    updateMessages();
  }

  /** A text field bound to `object[key]`; an optional field left empty removes the key. */
  function textField(id, label, object, key, options) {
    options = options || {};
    var value = object[key];
    var input = el(options.multiline ? "textarea" : "input", {
      id: id,
      type: options.multiline ? null : "text",
      rows: options.multiline ? options.rows || 3 : null,
      value: typeof value === "string" ? value : value === null || value === undefined ? "" : String(value),
      inputmode: options.inputmode || null,
      autocomplete: options.autocomplete || "off",
      "aria-describedby": id + "-msg",
      oninput: function () {
        var target = options.target ? options.target() : object;
        // An optional text of white space only is no text (the library reads it so): no key.
        if (input.value.trim() === "" && !options.required) delete target[key];
        else target[key] = input.value;
        if (options.after) options.after();
        changed();
      },
    });
    return el("div", { className: "field" }, [
      el("label", { htmlFor: id, text: label }),
      input,
      el("p", { id: id + "-msg", className: "message", "aria-live": "polite" }),
    ]);
  }

  /**
   * A number field for `object[key]`: what is typed is kept as typed (in state.texts), and the
   * document gets the number when it is one, null when the field is empty.
   */
  function numberField(id, label, object, key, pathKey, options) {
    options = options || {};
    var typed = state.texts[pathKey];
    if (typed === undefined) {
      // A number written as text in an opened file is shown as written and reported at the field.
      typed = typeof object[key] === "number" ? numberText(object[key]) : typeof object[key] === "string" ? object[key] : "";
    }
    var input = el("input", {
      id: id,
      type: "text",
      inputmode: options.integer ? "numeric" : "decimal",
      autocomplete: "off",
      value: typed,
      "aria-describedby": (options.hint ? id + "-hint " : "") + id + "-msg",
      oninput: function () {
        var target = options.target ? options.target() : object;
        state.texts[pathKey] = input.value;
        var parsed = parseNumber(input.value);
        if (parsed.value !== undefined) target[key] = parsed.value;
        else if (parsed.empty) {
          if (options.emptyMeansNull) target[key] = null;
          else delete target[key];
        }
        changed();
      },
    });
    return el("div", { className: "field numeric-field" }, [
      el("label", { htmlFor: id, text: label }),
      options.hint ? el("p", { id: id + "-hint", className: "hint", text: options.hint }) : null,
      input,
      el("p", { id: id + "-msg", className: "message", "aria-live": "polite" }),
    ]);
  }

  /** An editable list of texts under `owner[key]`, each a text area with a remove button. */
  function textList(idBase, heading, itemLabel, addLabel, owner, key, headingLevel) {
    var list = Array.isArray(owner[key]) ? owner[key] : [];
    var box = el("div", { className: "list", id: idBase });
    box.appendChild(el(headingLevel || "h3", { text: heading }));
    list.forEach(function (item, index) {
      var id = idBase + "-" + index;
      var label = itemLabel + " " + (index + 1);
      var area = el("textarea", {
        id: id,
        rows: 2,
        value: typeof item === "string" ? item : "",
        "aria-describedby": id + "-msg",
        oninput: function () {
          owner[key][index] = area.value;
          changed();
        },
      });
      box.appendChild(el("div", { className: "field list-item" }, [
        el("label", { htmlFor: id, text: label }),
        el("div", { className: "with-button" }, [
          area,
          el("button", {
            type: "button", className: "secondary", text: T.remove, "aria-label": T.removeLabel(label + " (" + heading + ")"),
            onclick: function () {
              owner[key].splice(index, 1);
              rerender(idBase + "-add");
              changed();
            },
          }),
        ]),
        el("p", { id: id + "-msg", className: "message", "aria-live": "polite" }),
      ]));
    });
    box.appendChild(el("button", {
      type: "button", className: "secondary", id: idBase + "-add", text: addLabel,
      onclick: function () {
        if (!Array.isArray(owner[key])) owner[key] = [];
        owner[key].push("");
        rerender(idBase + "-" + (owner[key].length - 1));
        changed();
      },
    }));
    return box;
  }

  /** Radio buttons; `onchange` gets the chosen value. */
  function radios(id, legend, name, choices, chosen, onchange) {
    return el("fieldset", { className: "choices", id: id }, [el("legend", { text: legend })].concat(choices.map(function (choice) {
      var inputID = id + "-" + choice.value;
      return el("div", { className: "choice" }, [
        el("input", {
          type: "radio", id: inputID, name: name, value: choice.value, checked: chosen === choice.value,
          onchange: function () { onchange(choice.value); },
        }),
        el("label", { htmlFor: inputID, text: choice.label }),
      ]);
    })));
  }

  /** The assessment of a sub-area (or of an area assessed as a whole): points, not assessed, pending. */
  function assessmentOf(node, pathKey) {
    if (state.choices[pathKey]) return state.choices[pathKey];
    if (typeof node.notAssessed === "string") return "notAssessed";
    if (typeof node.points === "number" || typeof node.points === "string") return "points";
    return state.texts[pathKey + ".points"] ? "points" : "pending";
  }

  /**
   * The points, not-assessed reason and choice between them for one scored part. `label` is its id
   * as people read it, `max` its maximum (null when the version is unknown).
   */
  function assessmentFields(idBase, pathKey, node, label, max) {
    var choice = assessmentOf(node, pathKey);
    var pointsBox = numberField(idBase + "-points", T.pointsLabel(label, max === null ? null : numberText(max)), node, "points", pathKey + ".points", {
      emptyMeansNull: true,
    });
    var reasonText = state.texts[pathKey + ".notAssessed"];
    if (reasonText === undefined) reasonText = typeof node.notAssessed === "string" ? node.notAssessed : "";
    var reasonID = idBase + "-reason";
    var reason = el("textarea", {
      id: reasonID, rows: 2, value: reasonText, "aria-describedby": reasonID + "-msg",
      oninput: function () {
        state.texts[pathKey + ".notAssessed"] = reason.value;
        node.notAssessed = reason.value;
        changed();
      },
    });
    var reasonBox = el("div", { className: "field" }, [
      el("label", { htmlFor: reasonID, text: T.reasonLabel(label) }),
      reason,
      el("p", { id: reasonID + "-msg", className: "message", "aria-live": "polite" }),
    ]);
    pointsBox.hidden = choice !== "points";
    reasonBox.hidden = choice !== "notAssessed";
    var group = radios(idBase + "-choice", T.assessment(label), idBase + "-choice", [
      { value: "points", label: T.choicePoints },
      { value: "notAssessed", label: T.choiceNotAssessed },
      { value: "pending", label: T.choicePending },
    ], choice, function (value) {
      state.choices[pathKey] = value;
      // The other choices' typed values stay in state.texts, so switching back restores them.
      var typedKey = pathKey + ".points";
      if (typeof node.points === "number" && state.texts[typedKey] === undefined) state.texts[typedKey] = numberText(node.points);
      delete node.notAssessed;
      if (value === "points") {
        var typed = state.texts[typedKey] === undefined ? {} : parseNumber(state.texts[typedKey]);
        node.points = typed.value !== undefined ? typed.value : null;
      } else if (value === "notAssessed") {
        delete node.points;
        node.notAssessed = reason.value;
      } else {
        node.points = null;
      }
      pointsBox.hidden = value !== "points";
      reasonBox.hidden = value !== "notAssessed";
      changed();
    });
    return [group, pointsBox, reasonBox];
  }

  /** One finding of a sub-area. */
  function findingFields(idBase, subAreaLabel, findings, index, rerenderFocus) {
    var finding = findings[index];
    var id = idBase + "-" + index;
    var legend = T.finding(index + 1);
    var sourceID = id + "-source";
    var source = el("select", {
      id: sourceID, "aria-describedby": sourceID + "-msg",
      onchange: function () {
        if (source.value === "") delete finding.source;
        else finding.source = source.value;
        changed();
      },
    }, [
      el("option", { value: "", text: T.chooseSource }),
      el("option", { value: "interview", text: T.sourceInterview }),
      el("option", { value: "document", text: T.sourceDocument }),
      el("option", { value: "website", text: T.sourceWebsite }),
    ]);
    source.value = typeof finding.source === "string" ? finding.source : "";
    return el("fieldset", { className: "finding", id: id }, [
      el("legend", { text: legend }),
      textField(id + "-text", T.findingText, finding, "text", { multiline: true, rows: 3, required: true }),
      el("div", { className: "field" }, [
        el("label", { htmlFor: sourceID, text: T.findingSource }),
        source,
        el("p", { id: sourceID + "-msg", className: "message", "aria-live": "polite" }),
      ]),
      textField(id + "-reference", T.findingReference, finding, "reference"),
      el("div", { className: "pair" }, [
        textField(id + "-date", T.findingDate, finding, "date"),
        textField(id + "-recordedBy", T.findingRecordedBy, finding, "recordedBy", { autocomplete: "name" }),
      ]),
      typeof finding.carriedOverFrom === "string" ? el("p", { className: "hint", text: T.carriedOver(finding.carriedOverFrom) }) : null,
      el("button", {
        type: "button", className: "secondary", text: T.remove, "aria-label": T.removeLabel(legend + " (" + subAreaLabel + ")"),
        onclick: function () {
          findings.splice(index, 1);
          rerender(rerenderFocus);
          changed();
        },
      }),
    ]);
  }

  /** The findings of a sub-area, with a button to add one. */
  function findingsBlock(idBase, subArea, label) {
    var box = el("div", { className: "findings" }, [el("h4", { text: T.findings })]);
    var findings = Array.isArray(subArea.findings) ? subArea.findings : [];
    findings.forEach(function (finding, index) {
      if (finding && typeof finding === "object") box.appendChild(findingFields(idBase, label, findings, index, idBase + "-add"));
    });
    box.appendChild(el("button", {
      type: "button", className: "secondary", id: idBase + "-add", text: T.addFinding(label),
      onclick: function () {
        if (!Array.isArray(subArea.findings)) subArea.findings = [];
        subArea.findings.push({ text: "" });
        rerender(idBase + "-" + (subArea.findings.length - 1) + "-text");
        changed();
      },
    }));
    return box;
  }

  /** A sub-area: heading with its maximum, assessment, findings, and the rubric's evidence notes. */
  function subAreaSection(areaIndex, subIndex, subArea, rubricSubArea) {
    var idBase = "a" + areaIndex + "-s" + subIndex;
    var pathKey = "areas." + areaIndex + ".subAreas." + subIndex;
    var label = String(subArea.id);
    var title = rubricSubArea ? rubricSubArea.title : typeof subArea.title === "string" ? subArea.title : "";
    var max = rubricSubArea ? rubricSubArea.maxPoints : null;
    var headingID = idBase + "-heading";
    var main = el("div", { className: "sub-main" }, assessmentFields(idBase, pathKey, subArea, label, max)
      .concat([findingsBlock(idBase + "-f", subArea, label)]));
    var notes = rubricSubArea && rubricSubArea.evidenceNotes.length
      ? el("div", { className: "notes" }, [
        el("h4", { text: T.notes }),
        el("ul", {}, rubricSubArea.evidenceNotes.map(function (note) { return el("li", { text: note }); })),
      ])
      : null;
    return el("section", { className: "sub-area", id: idBase, "aria-labelledby": headingID }, [
      el("h3", { id: headingID }, [
        label + " " + title + " ",
        el("span", { className: "max", text: max === null ? "(" + T.unknownPart(label) + ")" : "(" + T.maxPoints(numberText(max)) + ")" }),
      ]),
      el("div", { className: "sub-grid" }, [main, notes]),
    ]);
  }

  /** An area: its figures, strengths and improvements, and its sub-areas (or its own points). */
  function areaSection(area, areaIndex, rubric) {
    var rubricArea = rubric ? rubric.areas.find(function (a) { return a.id === area.id; }) : null;
    var idBase = "a" + areaIndex;
    var label = String(area.id);
    var title = rubricArea ? rubricArea.title : typeof area.title === "string" ? area.title : "";
    var children = [
      el("h2", { id: idBase + "-heading" }, [label + ". " + title]),
      el("p", { className: "area-sum", id: idBase + "-sum" }),
    ];
    if (state.doc.detail === "area") {
      var max = rubricArea ? rubricArea.maxPoints : null;
      children = children.concat(assessmentFields(idBase, "areas." + areaIndex, area, label, max));
    }
    children.push(textList(idBase + "-strengths", T.strengths, T.strength, T.addStrength, area, "strengths"));
    children.push(textList(idBase + "-improvements", T.improvements, T.improvement, T.addImprovement, area, "improvements"));
    if (Array.isArray(area.previousStrengths) && area.previousStrengths.length) {
      children.push(textList(idBase + "-previousStrengths", T.previousStrengths, T.previousItem, T.addStrength, area, "previousStrengths"));
    }
    if (Array.isArray(area.previousImprovements) && area.previousImprovements.length) {
      children.push(textList(idBase + "-previousImprovements", T.previousImprovements, T.previousItem, T.addImprovement, area, "previousImprovements"));
    }
    if (state.doc.detail !== "area" && Array.isArray(area.subAreas)) {
      area.subAreas.forEach(function (subArea, subIndex) {
        if (!subArea || typeof subArea !== "object") return;
        var rubricSubArea = rubricArea ? rubricArea.subAreas.find(function (s) { return s.id === subArea.id; }) || null : null;
        children.push(subAreaSection(areaIndex, subIndex, subArea, rubricSubArea));
      });
    }
    return el("section", { className: "area", id: idBase, "aria-labelledby": idBase + "-heading" }, children);
  }

  /** The register embedded by `kompass form`. */
  function register() {
    return { municipalities: config.municipalities || [], codeChanges: config.codeChanges || [] };
  }

  /**
   * The municipality's name and code, tied to SCB's register: the name field offers the register's
   * names (a datalist, so any name can still be typed), a name the register knows fills in its
   * code, and a registered code fills in the name when none is written yet. A value the form filled
   * in is replaced when the other field changes again; a value the evaluator typed never is: a name
   * and a code that do not agree are reported at the code field instead. "Made-up municipality"
   * writes "fictitious": true, and the register is not consulted.
   */
  function municipalityFields(municipality) {
    var fill = function (id, key, value) {
      municipality[key] = value;
      state.choices[key === "code" ? "filledCode" : "filledName"] = value;
      $(id).value = value;
    };
    var nameBox = textField("municipality-name", T.municipalityName, municipality, "name", {
      required: true,
      after: function () {
        if (municipality.fictitious === true) return;
        var found = lookUpMunicipality(register(), municipality.name || "", municipality.code);
        var code = typeof municipality.code === "string" ? municipality.code : "";
        if (found.named.length === 1 && !found.matches && (code === "" || code === state.choices.filledCode || !found.coded)) {
          fill("municipality-code", "code", found.named[0].code);
        }
      },
    });
    var nameInput = nameBox.querySelector("input");
    nameInput.setAttribute("list", "municipality-list");
    nameInput.setAttribute("aria-describedby", "municipality-name-hint municipality-name-msg");
    nameBox.insertBefore(el("p", { id: "municipality-name-hint", className: "hint", text: T.municipalityNameHint }), nameInput);
    var codeBox = textField("municipality-code", T.municipalityCode, municipality, "code", {
      required: true,
      inputmode: "numeric",
      after: function () {
        if (municipality.fictitious === true) return;
        var name = typeof municipality.name === "string" ? municipality.name : "";
        var found = lookUpMunicipality(register(), name, municipality.code);
        if (found.coded && !found.matches && (name.trim() === "" || name === state.choices.filledName)) {
          fill("municipality-name", "name", found.coded.name);
        }
      },
    });
    var list = el("datalist", { id: "municipality-list" }, register().municipalities.map(function (m) {
      return el("option", { value: m.name, label: m.code });
    }));
    var fictitious = el("input", {
      type: "checkbox", id: "municipality-fictitious", checked: municipality.fictitious === true,
      onchange: function () {
        if (fictitious.checked) municipality.fictitious = true;
        else delete municipality.fictitious;
        changed();
      },
    });
    return el("div", { className: "municipality" }, [
      el("div", { className: "pair" }, [nameBox, codeBox]),
      list,
      el("div", { className: "choice" }, [fictitious, el("label", { htmlFor: "municipality-fictitious", text: T.fictitious })]),
    ]);
  }

  /** A totals-only evaluation ("detail": "total"): its points, or not assessed, at the top of the file. */
  function totalSection(rubric) {
    var max = rubric ? rubric.areas.reduce(function (sum, area) { return addExact(sum, area.maxPoints); }, 0) : null;
    return el("section", { className: "area", id: "total", "aria-labelledby": "total-heading" }, [
      el("h2", { id: "total-heading", text: T.totalHeading }),
      el("p", { className: "hint", text: T.totalNote }),
    ].concat(assessmentFields("total", "total", state.doc, T.totalLabel, max)));
  }

  /** The facts about the evaluation: municipality, date and its precision, kind, evaluators, sources. */
  function aboutSection() {
    var doc = state.doc;
    if (!doc.municipality || typeof doc.municipality !== "object") doc.municipality = {};
    var municipality = doc.municipality;
    var rubric = currentRubric();
    var dateText = typeof doc.date === "string" ? doc.date : "";
    var precision = state.choices.datePrecision || datePrecision(dateText) || "day";
    var sourcesTarget = function () {
      if (!doc.sources || typeof doc.sources !== "object") doc.sources = {};
      return doc.sources;
    };
    var sources = doc.sources && typeof doc.sources === "object" ? doc.sources : {};
    return el("section", { className: "about", "aria-labelledby": "about-heading" }, [
      el("h2", { id: "about-heading", text: T.about }),
      el("p", { className: "version" }, [
        T.version + ": ",
        el("strong", { text: rubric ? rubric.title : String(doc.rubric) }),
      ]),
      rubric ? null : el("p", { className: "warning", text: T.unknownVersion(String(doc.rubric)) }),
      municipalityFields(municipality),
      el("div", { className: "pair" }, [
        radios("date-precision", T.datePrecision, "date-precision", [
          { value: "day", label: T.precisionDay },
          { value: "month", label: T.precisionMonth },
          { value: "year", label: T.precisionYear },
        ], precision, function (value) {
          state.choices.datePrecision = value;
          var current = typeof doc.date === "string" ? doc.date : "";
          var length = { day: 10, month: 7, year: 4 };
          var currentPrecision = datePrecision(current);
          // A longer date is remembered when switching to a shorter precision, so that switching
          // back restores it: 2020-11-05 → 2020-11 → 2020 → 2020-11-05.
          if (currentPrecision && length[value] < length[currentPrecision]) {
            var longer = state.texts.dateLonger;
            if (!longer || longer.indexOf(current) !== 0 || longer.length < current.length) state.texts.dateLonger = current;
            doc.date = current.slice(0, length[value]);
          } else if (currentPrecision && length[value] > length[currentPrecision]) {
            var remembered = state.texts.dateLonger;
            if (remembered && remembered.indexOf(current) === 0 && remembered.length >= length[value]) {
              doc.date = remembered.slice(0, length[value]);
            }
          }
          $("date").value = typeof doc.date === "string" ? doc.date : "";
          changed();
        }),
        textField("date", T.date, doc, "date", {
          required: true,
          inputmode: "numeric",
          after: function () {
            // Until the evaluator chooses a precision, it follows what is typed.
            var typed = datePrecision(doc.date);
            if (!state.choices.datePrecision && typed) $("date-precision-" + typed).checked = true;
          },
        }),
      ]),
      radios("kind", T.kind, "kind", [
        { value: "external", label: T.kindExternal },
        { value: "selfAssessment", label: T.kindSelf },
      ], doc.kind, function (value) {
        doc.kind = value;
        changed();
      }),
      textList("evaluators", T.evaluators, T.evaluator, T.addEvaluator, doc, "evaluators"),
      numberField("interviews", T.interviews, sources, "interviews", "sources.interviews", {
        integer: true,
        target: sourcesTarget,
      }),
      textField("sources-description", T.sourcesDescription, sources, "description", { multiline: true, target: sourcesTarget }),
      "provenance" in doc ? textField("provenance", T.provenance, doc, "provenance", { multiline: true }) : null,
      "publishedTotal" in doc ? numberField("published-total", T.publishedTotal, doc, "publishedTotal", "publishedTotal") : null,
    ]);
  }

  /** The live figures: a table of area sums and percentages, the total, and how many are left. */
  function overviewSection() {
    var rubric = currentRubric();
    var rows = rubric && state.doc.detail !== "total" ? rubric.areas.map(function (area, index) {
      return el("tr", {}, [
        el("th", { scope: "row", text: area.id + ". " + area.title }),
        el("td", { className: "number", id: "o-points-" + index }),
        el("td", { className: "number", id: "o-max-" + index }),
        el("td", { className: "number", id: "o-percent-" + index }),
      ]);
    }) : [];
    return el("section", { className: "overview", "aria-labelledby": "overview-heading" }, [
      el("h2", { id: "overview-heading", text: T.overview }),
      el("p", { id: "pending", className: "pending" }),
      rubric ? el("div", { className: "table-box" }, [el("table", {}, [
        el("caption", { text: T.overviewCaption }),
        el("thead", {}, [el("tr", {}, [
          el("th", { scope: "col", text: T.area }),
          el("th", { scope: "col", className: "number", text: T.points }),
          el("th", { scope: "col", className: "number", text: T.max }),
          el("th", { scope: "col", className: "number", text: T.percent }),
        ])]),
        el("tbody", {}, rows),
        el("tfoot", {}, [el("tr", { className: "sum" }, [
          el("th", { scope: "row", text: T.total }),
          el("td", { className: "number", id: "o-points-total" }),
          el("td", { className: "number", id: "o-max-total" }),
          el("td", { className: "number", id: "o-percent-total" }),
        ])]),
      ])]) : null,
    ]);
  }

  /** Summary paragraphs and good examples. */
  function closingSections() {
    var doc = state.doc;
    var rubric = currentRubric();
    var examples = Array.isArray(doc.goodExamples) ? doc.goodExamples : [];
    var examplesBox = el("section", { className: "examples", "aria-labelledby": "examples-heading", id: "good-examples" }, [
      el("h2", { id: "examples-heading", text: T.goodExamples }),
    ]);
    examples.forEach(function (example, index) {
      if (!example || typeof example !== "object") return;
      var id = "example-" + index;
      var legend = T.goodExample(index + 1);
      var areaSelect = el("select", {
        id: id + "-area",
        onchange: function () {
          if (areaSelect.value === "") delete example.area;
          else example.area = areaSelect.value;
          changed();
        },
      }, [el("option", { value: "", text: T.noArea })].concat((rubric ? rubric.areas : []).map(function (area) {
        return el("option", { value: area.id, text: area.id + ". " + area.title });
      })));
      if (typeof example.area === "string" && !Array.prototype.some.call(areaSelect.options, function (o) { return o.value === example.area; })) {
        areaSelect.appendChild(el("option", { value: example.area, text: example.area }));
      }
      areaSelect.value = typeof example.area === "string" ? example.area : "";
      examplesBox.appendChild(el("fieldset", { className: "finding", id: id }, [
        el("legend", { text: legend }),
        el("div", { className: "field" }, [el("label", { htmlFor: id + "-area", text: T.goodExampleArea }), areaSelect]),
        textField(id + "-text", T.goodExampleText, example, "text", { multiline: true, rows: 2, required: true }),
        el("button", {
          type: "button", className: "secondary", text: T.remove, "aria-label": T.removeLabel(legend),
          onclick: function () {
            examples.splice(index, 1);
            rerender("example-add");
            changed();
          },
        }),
      ]));
    });
    examplesBox.appendChild(el("button", {
      type: "button", className: "secondary", id: "example-add", text: T.addGoodExample,
      onclick: function () {
        if (!Array.isArray(doc.goodExamples)) doc.goodExamples = [];
        doc.goodExamples.push({ text: "" });
        rerender("example-" + (doc.goodExamples.length - 1) + "-text");
        changed();
      },
    }));
    return [
      el("section", { className: "summary", "aria-labelledby": "summary-heading" }, [
        textList("summary", T.summary, T.summaryItem, T.addSummary, doc, "summary", "h2"),
      ]),
      examplesBox,
    ];
  }

  /** Builds the whole form from the state, then moves the focus to `focusID` if given. */
  function rerender(focusID) {
    var form = $("evaluation");
    var scrollY = window.scrollY;
    form.textContent = "";
    var rubric = currentRubric();
    form.appendChild(aboutSection());
    form.appendChild(overviewSection());
    if (state.doc.detail === "total") form.appendChild(totalSection(rubric));
    (Array.isArray(state.doc.areas) ? state.doc.areas : []).forEach(function (area, index) {
      if (area && typeof area === "object") form.appendChild(areaSection(area, index, rubric));
    });
    closingSections().forEach(function (section) { form.appendChild(section); });
    updateFigures();
    updateMessages();
    updateSaveTimes();
    window.scrollTo(0, scrollY);
    if (focusID && $(focusID)) $(focusID).focus();
  }

  /** Updates the sums, percentages and the count still to score. */
  function updateFigures() {
    var rubric = currentRubric();
    if (!rubric) return;
    var result = scoreDocument(state.doc, rubric);
    var percentText = function (score) {
      var percent = percentOf(score.points, score.assessedMaxPoints);
      return percent === null ? "–" : percentSign(wholeNumber(percent));
    };
    result.areas.forEach(function (area, index) {
      $("o-points-" + index).textContent = String(wholeNumber(area.score.points));
      $("o-max-" + index).textContent = numberText(area.score.maxPoints);
      $("o-percent-" + index).textContent = percentText(area.score);
    });
    $("o-points-total").textContent = String(wholeNumber(result.total.points));
    $("o-max-total").textContent = numberText(result.total.maxPoints);
    $("o-percent-total").textContent = percentText(result.total);
    var unit = state.doc.detail === "area" ? T.areaUnit : T.subAreaUnit;
    $("pending").textContent = state.doc.detail === "total" ? T.pendingTotal(result.pending > 0) : T.pendingCount(result.pending, unit);
    (state.doc.areas || []).forEach(function (area, index) {
      var sum = $("a" + index + "-sum");
      var scored = result.areas.find(function (a) { return area && a.id === area.id; });
      if (!sum || !scored) return;
      var percent = percentOf(scored.score.points, scored.score.assessedMaxPoints);
      sum.textContent = T.areaSum(wholeNumber(scored.score.points), numberText(scored.score.maxPoints),
        numberText(scored.score.assessedMaxPoints), percent === null ? null : percentSign(wholeNumber(percent)));
    });
  }

  function updateSaveTimes() {
    var kept = state.keptAt ? T.keptAt(timeText(state.keptAt)) + " " : "";
    $("save-times").textContent = kept + (state.fileSavedAt ? T.fileSavedAt(timeText(state.fileSavedAt)) : T.neverSavedToFile);
  }

  // ---------------------------------------------------------------------------------------------
  // Checks before saving, each tied to the field it is about.
  // ---------------------------------------------------------------------------------------------

  /**
   * Every problem that stops saving, as { id, message, live }. Problems with `live` (points out of
   * range or not a number) are shown while typing; the others after a refused save.
   */
  function collectProblems() {
    var problems = [];
    var doc = state.doc;
    var P = T.problems;
    var rubric = currentRubric();
    var add = function (id, message, live, warning) { problems.push({ id: id, message: message, live: !!live, warning: !!warning }); };
    var emptyText = function (value) { return typeof value !== "string" || value.trim() === ""; };
    var checkList = function (list, idBase, itemLabel) {
      (Array.isArray(list) ? list : []).forEach(function (item, index) {
        if (emptyText(item)) add(idBase + "-" + index, P.empty(itemLabel + " " + (index + 1)));
      });
    };
    var checkNumberText = function (id, pathKey, max, live) {
      var typed = state.texts[pathKey];
      if (typed === undefined) return;
      var parsed = parseNumber(typed);
      if (parsed.invalid) add(id, P.notANumber(typed.trim()), live);
      else if (parsed.value !== undefined && parsed.value < 0) add(id, max === null ? P.negativeNoMax(numberText(parsed.value)) : P.negative(numberText(parsed.value), numberText(max)), live);
      else if (parsed.value !== undefined && max !== null && parsed.value > max) add(id, P.aboveMax(numberText(parsed.value), numberText(max)), live);
    };
    var checkAssessment = function (idBase, pathKey, node, label, max) {
      var choice = assessmentOf(node, pathKey);
      if (choice === "points") checkNumberText(idBase + "-points", pathKey + ".points", max, true);
      if (choice === "points" && state.texts[pathKey + ".points"] === undefined && typeof node.points === "number") {
        if (node.points < 0) add(idBase + "-points", P.negative(numberText(node.points), numberText(max)), true);
        else if (max !== null && node.points > max) add(idBase + "-points", P.aboveMax(numberText(node.points), numberText(max)), true);
      }
      if (choice === "points" && state.texts[pathKey + ".points"] === undefined && typeof node.points === "string") {
        add(idBase + "-points", P.notANumber(node.points), true);
      }
      if (choice === "notAssessed" && emptyText(node.notAssessed)) add(idBase + "-reason", P.reasonMissing(label));
    };

    var municipality = doc.municipality || {};
    if (emptyText(municipality.name)) add("municipality-name", P.nameMissing);
    var code = typeof municipality.code === "string" ? municipality.code : "";
    if (!isMunicipalityCode(code)) {
      add("municipality-code", P.codeInvalid(code));
    } else if (municipality.fictitious !== true) {
      // The register check of `kompass validate`: an unknown code is an error, a name that does not
      // belong to the code and a former code are warnings (shown, but saving goes ahead).
      var name = typeof municipality.name === "string" ? municipality.name : "";
      var found = lookUpMunicipality(register(), name, code);
      var current = found.change ? register().municipalities.find(function (m) { return m.code === found.change.code; }) : null;
      if (current) add("municipality-code", P.formerCode(code, current), true, true);
      else if (!found.coded) add("municipality-code", P.codeUnknown(code, register().municipalities.length), true);
      else if (name.trim() !== "" && !found.matches) add("municipality-code", P.codeMismatch(name.trim(), code, found.coded.name, found.named[0]), true, true);
    }
    var date = typeof doc.date === "string" ? doc.date : "";
    var precision = datePrecision(date);
    var wanted = state.choices.datePrecision;
    if (!precision) add("date", P.dateInvalid(date));
    else if (wanted && precision !== wanted) add("date", P.datePrecision(wanted));
    if (doc.kind !== "external" && doc.kind !== "selfAssessment") add("kind-external", P.kindMissing);
    checkList(doc.evaluators, "evaluators", T.evaluator);
    var interviews = state.texts["sources.interviews"];
    if (interviews !== undefined && interviews.trim() !== "" && !/^\+?\d+$/.test(interviews.trim())) add("interviews", P.interviews(interviews.trim()));
    if ("publishedTotal" in doc) checkNumberText("published-total", "publishedTotal", null, true);
    if (doc.detail === "total") {
      var totalMax = rubric ? rubric.areas.reduce(function (sum, area) { return addExact(sum, area.maxPoints); }, 0) : null;
      checkAssessment("total", "total", doc, T.totalLabel, totalMax);
    }

    (Array.isArray(doc.areas) ? doc.areas : []).forEach(function (area, areaIndex) {
      if (!area || typeof area !== "object") return;
      var idBase = "a" + areaIndex;
      var rubricArea = rubric ? rubric.areas.find(function (a) { return a.id === area.id; }) : null;
      if (rubric && !rubricArea) add(idBase + "-heading", P.unknownID(String(area.id)));
      if (doc.detail === "area") checkAssessment(idBase, "areas." + areaIndex, area, String(area.id), rubricArea ? rubricArea.maxPoints : null);
      checkList(area.strengths, idBase + "-strengths", T.strength);
      checkList(area.improvements, idBase + "-improvements", T.improvement);
      checkList(area.previousStrengths, idBase + "-previousStrengths", T.previousItem);
      checkList(area.previousImprovements, idBase + "-previousImprovements", T.previousItem);
      if (doc.detail === "area" || !Array.isArray(area.subAreas)) return;
      area.subAreas.forEach(function (subArea, subIndex) {
        if (!subArea || typeof subArea !== "object") return;
        var subBase = idBase + "-s" + subIndex;
        var rubricSubArea = rubricArea ? rubricArea.subAreas.find(function (s) { return s.id === subArea.id; }) : null;
        if (rubric && !rubricSubArea) add(subBase + "-heading", P.unknownID(String(subArea.id)));
        checkAssessment(subBase, "areas." + areaIndex + ".subAreas." + subIndex, subArea, String(subArea.id), rubricSubArea ? rubricSubArea.maxPoints : null);
        (Array.isArray(subArea.findings) ? subArea.findings : []).forEach(function (finding, index) {
          if (!finding || typeof finding !== "object") return;
          var findingID = subBase + "-f-" + index;
          if (emptyText(finding.text)) add(findingID + "-text", P.empty(T.finding(index + 1)));
          if (["interview", "document", "website"].indexOf(finding.source) < 0) add(findingID + "-source", P.sourceMissing);
          if (typeof finding.date === "string" && !datePrecision(finding.date)) add(findingID + "-date", P.findingDate(finding.date));
        });
      });
    });
    checkList(doc.summary, "summary", T.summaryItem);
    (Array.isArray(doc.goodExamples) ? doc.goodExamples : []).forEach(function (example, index) {
      if (example && typeof example === "object" && emptyText(example.text)) add("example-" + index + "-text", P.empty(T.goodExample(index + 1)));
    });
    return problems;
  }

  /** Shows each problem at its field, in words, and marks the field invalid. */
  function updateMessages() {
    var problems = collectProblems();
    var byID = new Map();
    var warned = new Set(); // fields whose message is a warning only: not marked invalid
    problems.forEach(function (problem) {
      if ((problem.live || showAllProblems) && !byID.has(problem.id)) {
        byID.set(problem.id, problem.message);
        if (problem.warning) warned.add(problem.id);
      }
    });
    Array.prototype.forEach.call(document.querySelectorAll("#evaluation .message"), function (message) {
      var fieldID = message.id.slice(0, -4);
      var text = byID.get(fieldID) || "";
      if (message.textContent !== text) message.textContent = text;
      var field = $(fieldID);
      if (field) {
        if (text && !warned.has(fieldID)) field.setAttribute("aria-invalid", "true");
        else field.removeAttribute("aria-invalid");
      }
    });
    if (showAllProblems && !problems.some(function (problem) { return !problem.warning; })) {
      $("save-errors").hidden = true;
      showAllProblems = false;
    }
    return problems;
  }

  // ---------------------------------------------------------------------------------------------
  // Saving and opening files.
  // ---------------------------------------------------------------------------------------------

  /** `kumla-2020-11.json` for Kumla kommun in November 2020, as `kompass init` names files. */
  function suggestedFileName() {
    if (state.fileName) return state.fileName;
    var municipality = state.doc.municipality || {};
    var name = String(municipality.name || "").toLowerCase().replace(/ (kommun|stad|municipality)$/, "");
    var slug = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
    return (slug || "utvardering") + "-" + (state.doc.date || "utkast") + ".json";
  }

  /** The document as it is saved: with `formatVersion` (1 unless the file gave one). */
  function documentToSave() {
    var doc = state.doc;
    if ("formatVersion" in doc) return doc;
    var copy = {};
    if ("$schema" in doc) copy.$schema = doc.$schema;
    copy.formatVersion = 1;
    Object.keys(doc).forEach(function (key) { if (key !== "$schema") copy[key] = doc[key]; });
    return copy;
  }

  /** "Spara som JSON": downloads the evaluation file, or says why it cannot yet. */
  function saveToFile() {
    // Warnings (a name that does not belong to its code) are shown at their fields but do not stop saving.
    var problems = collectProblems().filter(function (problem) { return !problem.warning; });
    var box = $("save-errors");
    if (problems.length) {
      showAllProblems = true;
      updateMessages();
      box.textContent = "";
      box.appendChild(el("h2", { text: T.saveRefused(problems.length) }));
      box.appendChild(el("ul", {}, problems.map(function (problem) {
        return el("li", {}, [el("a", {
          href: "#" + problem.id, text: problem.message,
          onclick: function (event) {
            event.preventDefault();
            if ($(problem.id)) $(problem.id).focus();
          },
        })]);
      })));
      box.hidden = false;
      box.focus();
      setStatus(T.saveRefused(problems.length));
      return;
    }
    box.hidden = true;
    var name = suggestedFileName();
    var blob = new Blob([JSON.stringify(documentToSave(), null, 2) + "\n"], { type: "application/json" });
    var link = el("a", { href: URL.createObjectURL(blob), download: name, hidden: true });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
    state.fileName = name;
    state.fileSavedAt = new Date().toISOString();
    keep();
    setStatus(T.saved(name));
  }

  /** "Öppna": reads an evaluation file into the form; the current work stays in local storage. */
  function openFile(file) {
    var reader = new FileReader();
    reader.onload = function () {
      var doc;
      try {
        doc = JSON.parse(String(reader.result).replace(/^\uFEFF/, ""));
      } catch (error) {
        setStatus(T.openFailed(file.name, T.notJSON));
        return;
      }
      if (!looksLikeEvaluation(doc)) {
        setStatus(T.openFailed(file.name, T.notEvaluation));
        return;
      }
      showAllProblems = false;
      $("save-errors").hidden = true;
      state = freshState(doc, file.name);
      var added = addMissingParts(doc, currentRubric());
      keep();
      rerender();
      setStatus(T.opened(file.name) + (added.length ? " " + T.addedMissing(added) : ""));
    };
    reader.onerror = function () { setStatus(T.openFailed(file.name, String(reader.error))); };
    reader.readAsText(file);
  }

  function looksLikeEvaluation(doc) {
    return doc !== null && typeof doc === "object" && !Array.isArray(doc) && typeof doc.rubric === "string" &&
      (Array.isArray(doc.areas) || doc.detail === "total") && ("municipality" in doc || "date" in doc || "kind" in doc);
  }

  // ---------------------------------------------------------------------------------------------
  // Offering to restore work kept in the browser.
  // ---------------------------------------------------------------------------------------------

  function offerRestore() {
    var entries = storedEntries();
    var box = $("restore");
    box.textContent = "";
    if (!entries.length) {
      box.hidden = true;
      return;
    }
    box.appendChild(el("h2", { id: "restore-heading", tabindex: "-1", text: T.restoreHeading }));
    box.appendChild(el("p", { text: T.restoreIntro }));
    box.appendChild(el("ul", {}, entries.map(function (entry) {
      var municipality = entry.doc.municipality && typeof entry.doc.municipality === "object" ? entry.doc.municipality : {};
      var title = T.entryTitle(municipality.name, entry.doc.date);
      return el("li", {}, [
        el("span", { className: "entry-title", text: title }),
        " ",
        el("span", { className: "hint", text: "(" + String(entry.doc.rubric) + "; " + T.entryDetails(timeText(entry.keptAt), timeText(entry.fileSavedAt)) + ")" }),
        " ",
        el("button", {
          type: "button", text: T.restore, "aria-label": T.restoreLabel(title), className: "restore",
          onclick: function () {
            state = {
              doc: entry.doc, texts: entry.texts || {}, choices: entry.choices || {}, owner: entry.owner || newOwner(),
              fileName: entry.fileName || null, fileSavedAt: entry.fileSavedAt || null, keptAt: entry.keptAt || null, storageKey: entry.key,
            };
            box.hidden = true;
            rerender();
            setStatus(T.restored(title));
            $("main-heading").focus();
          },
        }),
      ]);
    })));
    box.appendChild(el("button", {
      type: "button", className: "secondary", text: T.restoreDismiss,
      onclick: function () {
        box.hidden = true;
        $("main-heading").focus();
      },
    }));
    box.hidden = false;
    // The offer is the first thing to read after reopening the form.
    window.scrollTo(0, 0);
    $("restore-heading").focus();
  }

  // ---------------------------------------------------------------------------------------------
  // Start-up.
  // ---------------------------------------------------------------------------------------------

  function start() {
    // A reload shows the offer to restore at the top, not where the page was scrolled to.
    if ("scrollRestoration" in window.history) window.history.scrollRestoration = "manual";
    config = JSON.parse($("form-data").textContent);
    T = TEXTS[config.language] || TEXTS.sv;
    config.rubrics.forEach(function (rubric) { rubricsByID.set(rubric.id, rubric); });

    $("main-heading").textContent = T.heading;
    $("privacy").textContent = T.privacy;
    $("open-button").textContent = T.open;
    $("open-file-label").textContent = T.openLabel;
    $("save-button").textContent = T.save;
    $("clear-button").textContent = T.clear;
    $("clear-question").textContent = T.clearConfirm;
    $("clear-yes").textContent = T.clearYes;
    $("clear-no").textContent = T.clearNo;

    $("toolbar").setAttribute("aria-label", T.toolbar);
    $("evaluation").addEventListener("submit", function (event) { event.preventDefault(); });
    $("open-button").addEventListener("click", function () { $("open-file").click(); });
    $("open-file").addEventListener("change", function (event) {
      var file = event.target.files && event.target.files[0];
      if (file) openFile(file);
      event.target.value = "";
    });
    $("save-button").addEventListener("click", saveToFile);
    $("clear-button").addEventListener("click", function () {
      $("clear-confirm").hidden = false;
      $("clear-no").focus();
    });
    $("clear-no").addEventListener("click", function () {
      $("clear-confirm").hidden = true;
      $("clear-button").focus();
    });
    $("clear-yes").addEventListener("click", function () {
      clearStored();
      $("clear-confirm").hidden = true;
      $("restore").hidden = true;
      updateSaveTimes();
      setStatus(T.cleared);
      $("clear-button").focus();
    });

    var doc;
    var name = null;
    if (typeof config.documentText === "string") {
      doc = JSON.parse(config.documentText.replace(/^\uFEFF/, ""));
      name = config.documentName || null;
    } else {
      doc = newDocument(rubricsByID.get(config.rubric));
    }
    state = freshState(doc, name);
    var added = addMissingParts(doc, currentRubric());
    rerender();
    if (added.length) setStatus(T.addedMissing(added));
    offerRestore();
  }

  document.addEventListener("DOMContentLoaded", start);
})();
