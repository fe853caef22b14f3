"""Checks the evaluation form that `kompass form` writes in a real browser (headless Chromium
through selenium and chromedriver).

Usage: check_form.py KOMPASS OUTPUT_FOLDER
  KOMPASS        the kompass binary
  OUTPUT_FOLDER  where the form, the downloads and the screenshots go

Paths checked, each printed as one "ok" or "FAIL" line:
  - the form opens without script errors;
  - every evaluation in Evaluations/ and the test fixtures is opened and saved again, giving equal
    JSON (key order and white space aside);
  - Kumla 2020 opened shows the figures of `kompass score`, and `kompass score` prints the same table
    for the saved file as for the original;
  - a new evaluation typed into the fields is saved and `kompass validate` accepts it;
  - points above the maximum: the message is shown at the field, saving is refused with the reason,
    and after a reload the typed value is restored from local storage;
  - keyboard: the toolbar and the choices work with Tab and Space;
  - the municipality register: a typed name fills in the code, a typed code the name, a code that
    does not match the name is reported at the field, and "made-up municipality" skips the check;
  - a totals-only evaluation with a year-only date shows its total and the precision "year";
  - axe-core finds no violations, and nothing scrolls sideways at 390 px.
Exits non-zero when a check fails.
"""

import glob
import importlib.util
import json
import os
import subprocess
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FAILED = []


def report(ok, text):
    print(("ok   " if ok else "FAIL ") + text, flush=True)
    if not ok:
        FAILED.append(text)


def run(kompass, *arguments):
    return subprocess.run([kompass, *arguments], cwd=ROOT, capture_output=True, text=True)


def evaluation_files():
    """Every evaluation file of Evaluations/ and of the test fixtures (recognised by its keys)."""
    paths = sorted(glob.glob(os.path.join(ROOT, "Evaluations", "*.json")))
    paths += sorted(glob.glob(os.path.join(ROOT, "Tests", "*", "Fixtures", "**", "*.json"), recursive=True))
    paths += sorted(glob.glob(os.path.join(ROOT, "Tests", "KommunKompassTests", "Malformed", "evaluations", "valid-*.json")))
    files = []
    for path in paths:
        with open(path, encoding="utf-8-sig") as handle:
            document = json.load(handle)
        if isinstance(document, dict) and {"rubric", "municipality", "date", "kind"} <= document.keys() \
                and ("areas" in document or document.get("detail") == "total"):
            files.append(path)
    return files


def axe_script():
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None:
        raise SystemExit("FAIL axe-core is missing: run Tests/ReportScreenshots/install-tools.sh")
    with open(os.path.join(list(spec.submodule_search_locations)[0], "axe.min.js"), encoding="utf-8") as handle:
        return handle.read()


class Browser:
    def __init__(self, downloads):
        self.downloads = downloads
        options = webdriver.ChromeOptions()
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1000,1400",
                         "--force-device-scale-factor=1", "--hide-scrollbars"]:
            options.add_argument(argument)
        options.add_experimental_option("prefs", {
            "download.default_directory": downloads,
            "download.prompt_for_download": False,
        })
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        self.driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
        self.driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})

    def open(self, url, clear_storage=False):
        self.driver.get(url)
        if clear_storage:
            self.driver.execute_script("localStorage.clear()")
            self.driver.get(url)
        self.wait(lambda: self.driver.find_element(By.ID, "main-heading").text != "")

    def wait(self, condition, timeout=10):
        end = time.time() + timeout
        while time.time() < end:
            try:
                if condition():
                    return True
            except Exception:  # the page may still be changing
                pass
            time.sleep(0.05)
        return False

    def find(self, element_id):
        return self.driver.find_element(By.ID, element_id)

    def type(self, element_id, text):
        field = self.find(element_id)
        field.clear()
        field.send_keys(text)

    def text(self, element_id):
        return self.find(element_id).text

    def raw_text(self, element_id):
        """The element's text exactly, with no-break spaces (WebDriver's text turns them into spaces)."""
        return self.driver.execute_script("return document.getElementById(arguments[0]).textContent;", element_id)

    def open_file(self, path):
        self.find("open-file").send_keys(path)
        name = os.path.basename(path)
        return self.wait(lambda: name in self.text("status"))

    def save(self, timeout=20):
        """Clicks "Spara som JSON" and returns the downloaded file's path, or None."""
        before = set(os.listdir(self.downloads))
        self.find("save-button").click()
        found = []

        def downloaded():
            new = [name for name in set(os.listdir(self.downloads)) - before
                   if not name.endswith(".crdownload") and not name.endswith(".tmp")]
            found.extend(new)
            return bool(new)

        if not self.wait(downloaded, timeout=timeout):
            return None
        path = os.path.join(self.downloads, found[0])
        self.wait(lambda: os.path.getsize(path) > 0)
        return path

    def script_errors(self):
        return [entry["message"] for entry in self.driver.get_log("browser") if entry["level"] == "SEVERE"]

    def axe(self, script):
        self.driver.execute_script(script)
        return self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, { resultTypes: ['violations'] })"
            ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ')')))"
            ".catch(e => done(['axe failed: ' + e]));")

    def phone_width(self):
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})

    def desktop_width(self):
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    def horizontal_overflow(self):
        return self.driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")


def check_round_trips(browser, url, kompass, output):
    # A draft as `kompass init` writes it (with guidance and "points": null) too.
    draft = os.path.join(output, "lekeberg-utkast.json")
    if os.path.exists(draft):
        os.remove(draft)
    run(kompass, "init", "--municipality", "Lekebergs kommun", "--code", "1814", "--date", "2026-03-01", "--output", draft)
    files = evaluation_files() + [draft]
    failures = []
    for path in files:
        browser.open(url, clear_storage=True)
        if not browser.open_file(path):
            failures.append(f"{path}: not opened ({browser.text('status')})")
            continue
        saved = browser.save()
        if saved is None:
            failures.append(f"{path}: not saved ({browser.text('status')})")
            continue
        with open(path, encoding="utf-8-sig") as original, open(saved, encoding="utf-8") as copy:
            if json.load(original) != json.load(copy):
                failures.append(f"{path}: the saved JSON differs")
        os.remove(saved)
    report(not failures and len(files) >= 21,
           f"opened and saved {len(files)} evaluation files, equal JSON after saving"
           + "".join("\n     " + failure for failure in failures))


def check_kumla(browser, url, kompass):
    kumla = os.path.join(ROOT, "Evaluations", "kumla-2020.json")
    browser.open(url, clear_storage=True)
    browser.open_file(kumla)
    figures = json.loads(run(kompass, "score", "--format", "json", kumla).stdout)
    shown = [(browser.text(f"o-points-{i}"), browser.raw_text(f"o-percent-{i}")) for i in range(len(figures["areas"]))]
    # Swedish percentages with a no-break space before "%", as the library writes them.
    expected = [(str(area["score"]["displayPoints"]), f"{area['score']['displayPercent']}\u00a0%") for area in figures["areas"]]
    total = (browser.text("o-points-total"), browser.raw_text("o-percent-total"))
    expected_total = (str(figures["total"]["displayPoints"]), f"{figures['total']['displayPercent']}\u00a0%")
    report(shown == expected and total == expected_total,
           f"Kumla 2020: area sums and percentages as kompass score, total {total[0]} ({total[1]})"
           + ("" if shown == expected else f"\n     shown {shown}\n     expected {expected}"))
    saved = browser.save()
    if saved is None:
        report(False, f"Kumla 2020 saved ({browser.text('status')})")
        return
    original = run(kompass, "score", kumla)
    again = run(kompass, "score", saved)
    report(original.returncode == 0 and again.returncode == 0 and original.stdout == again.stdout,
           f"kompass score prints the same table for the saved {os.path.basename(saved)} as for the original")
    os.remove(saved)


def check_new_evaluation(browser, url, kompass):
    browser.open(url, clear_storage=True)
    browser.type("municipality-name", "Lekebergs kommun")
    browser.type("municipality-code", "1814")
    browser.type("date", "2026-03-01")
    browser.find("evaluators-add").click()
    browser.type("evaluators-0", "Anna Andersson")
    browser.type("interviews", "12")
    browser.type("sources-description", "Styrdokument, webbplatsen och intervjuer med förtroendevalda.")
    browser.find("a0-s0-choice-points").click()
    browser.type("a0-s0-points", "12,5")
    browser.find("a0-s1-choice-notAssessed").click()
    browser.type("a0-s1-reason", "Underlaget räckte inte för en bedömning")
    browser.find("a0-s0-f-add").click()
    browser.type("a0-s0-f-0-text", "Kommunikationspolicyn är antagen av fullmäktige.")
    browser.find("a0-s0-f-0-source").send_keys("Dokument")
    browser.type("a0-s0-f-0-reference", "Kommunikationspolicy, KS-2025/00012")
    browser.type("a0-s0-f-0-date", "2026-02-10")
    browser.type("a0-s0-f-0-recordedBy", "Anna Andersson")
    browser.find("a0-strengths-add").click()
    browser.type("a0-strengths-0", "Tydlig styrning av kommunikationen")
    browser.find("summary-add").click()
    browser.type("summary-0", "Lekeberg har kommit en bit på väg.")
    browser.find("example-add").click()
    browser.type("example-0-text", "Medborgarpanel med lottade deltagare.")
    figures = (browser.text("o-points-0"), browser.text("o-max-0"), browser.raw_text("o-percent-0"), browser.text("pending"))
    # 12.5 of the 20 points assessed in area 1: 13 points (half away from zero) and 62.5 → 63 %.
    report(figures == ("13", "100", "63\u00a0%", "33 delområden kvar att poängsätta."),
           f"live figures while typing: area 1 {figures[0]} of {figures[1]}, {figures[2]}; {figures[3]}")
    saved = browser.save()
    if saved is None:
        report(False, f"new evaluation saved ({browser.text('status')}; {browser.text('save-errors')})")
        return
    validate = run(kompass, "validate", saved)
    with open(saved, encoding="utf-8") as handle:
        document = json.load(handle)
    sub_area = document["areas"][0]["subAreas"][0]
    report(validate.returncode == 0 and "giltigt utkast" in validate.stdout
           and document["$schema"] == "./evaluation.schema.json" and document["formatVersion"] == 1
           and sub_area["points"] == 12.5 and sub_area["findings"][0]["source"] == "document"
           and document["areas"][0]["subAreas"][1]["notAssessed"] == "Underlaget räckte inte för en bedömning",
           f"typed evaluation saved as {os.path.basename(saved)}; kompass validate: {validate.stdout.strip()}")
    os.remove(saved)


def check_out_of_range(browser, url):
    browser.open(url, clear_storage=True)
    browser.type("municipality-name", "Lekebergs kommun")
    browser.type("municipality-code", "1814")
    browser.type("date", "2026-03-01")
    browser.find("a0-s0-choice-points").click()
    browser.type("a0-s0-points", "25")
    message = browser.text("a0-s0-points-msg")
    invalid = browser.find("a0-s0-points").get_attribute("aria-invalid")
    report("högre än maxpoängen 20" in message and invalid == "true",
           f"points above the maximum marked at the field: \"{message}\"")
    saved = browser.save(timeout=3)
    errors = browser.text("save-errors")
    report(saved is None and "Filen sparades inte" in errors and "högre än maxpoängen 20" in errors
           and browser.find("save-errors").get_attribute("role") == "alert",
           "saving refused with the reason: " + errors.replace("\n", " / "))
    report(browser.find("a0-s0-points").get_attribute("value") == "25", "the typed value stays in the field")
    browser.driver.refresh()
    browser.wait(lambda: browser.find("restore").is_displayed())
    offer = browser.text("restore")
    restore = browser.driver.find_elements(By.CSS_SELECTOR, "#restore button.restore")
    if restore:
        restore[0].click()
    browser.wait(lambda: browser.find("a0-s0-points").get_attribute("value") == "25")
    report("Lekebergs kommun, 2026-03-01" in offer and "aldrig sparad som fil" in offer
           and browser.find("a0-s0-points").get_attribute("value") == "25"
           and browser.find("municipality-name").get_attribute("value") == "Lekebergs kommun"
           and "högre än maxpoängen 20" in browser.text("a0-s0-points-msg"),
           "after a reload the form offers the kept work; restored, the value 25 and its message are back")


def check_register(browser, url, script):
    """Names and codes from SCB's register: typing one fills in the other; a mismatch is reported."""
    browser.open(url, clear_storage=True)
    # Typed as an evaluator might: lower case, genitive form.
    browser.find("municipality-name").send_keys("hudiksvalls kommun")
    filled_code = browser.find("municipality-code").get_attribute("value")
    quiet = browser.text("municipality-code-msg")
    options = browser.driver.execute_script(
        "return document.getElementById('municipality-name').list.options.length;")
    report(filled_code == "2184" and quiet == "" and options == 290,
           f"typing the name \"hudiksvalls kommun\" fills in the code {filled_code} (290 names offered: {options})")
    browser.type("municipality-code", "1881")
    mismatch = browser.text("municipality-code-msg")
    live = browser.find("municipality-code-msg").get_attribute("aria-live")
    name_kept = browser.find("municipality-name").get_attribute("value")
    browser.type("date", "2026-03-01")
    saved = browser.save()
    report("hör inte till kommunkod 1881" in mismatch and "Kumla kommun" in mismatch and live == "polite"
           and name_kept == "hudiksvalls kommun" and saved is not None,
           f"a code that does not match the typed name is reported at the field, and saving still goes ahead: \"{mismatch}\"")
    if saved:
        os.remove(saved)
    browser.open(url, clear_storage=True)
    browser.type("municipality-code", "1881")
    filled_name = browser.find("municipality-name").get_attribute("value")
    browser.type("municipality-code", "1899")
    unknown = browser.text("municipality-code-msg")
    browser.find("municipality-fictitious").click()
    after_fictitious = browser.text("municipality-code-msg")
    kept = browser.driver.execute_script(
        "return Object.keys(localStorage).filter(k => k.startsWith('kommunkompass-form/'))"
        ".map(k => JSON.parse(localStorage.getItem(k)).doc.municipality);")
    violations = browser.axe(script)
    report(filled_name == "Kumla kommun" and "finns inte bland SCB:s 290 kommunkoder" in unknown
           and after_fictitious == "" and kept and kept[0].get("fictitious") is True and not violations,
           f"typing the code 1881 fills in \"{filled_name}\"; 1899 is unknown (\"{unknown}\") until made-up "
           f"municipality is ticked (\"fictitious\": true); axe-core 0 violations"
           + "".join("\n     " + v for v in violations))


def check_totals_only(browser, url, script, kompass):
    """Marks kommun 2024: only the total (510 of 800) and only the year."""
    mark = os.path.join(ROOT, "Evaluations", "mark-2024.json")
    browser.open(url, clear_storage=True)
    browser.open_file(mark)
    shown = (browser.find("total-points").get_attribute("value"), browser.text("o-points-total"),
             browser.raw_text("o-percent-total"), browser.find("date-precision-year").is_selected(),
             browser.find("date").get_attribute("value"), browser.text("pending"))
    violations = browser.axe(script)
    browser.find("total-choice-notAssessed").click()
    browser.type("total-reason", "Källan anger ingen total")
    not_assessed = browser.text("o-percent-total")
    # Saved while not assessed: "notAssessed" with the reason instead of "points", and valid.
    reasoned = browser.save()
    validated = None
    if reasoned:
        with open(reasoned, encoding="utf-8") as handle:
            document = json.load(handle)
        validate = run(kompass, "validate", reasoned)
        validated = (validate.returncode, document.get("notAssessed"), "points" in document, document["date"])
        os.remove(reasoned)
    browser.find("total-choice-points").click()
    browser.type("total-points", "800,5")
    above = browser.text("total-points-msg")
    browser.type("total-points", "510")
    saved = browser.save()
    equal = False
    if saved:
        with open(mark, encoding="utf-8") as original, open(saved, encoding="utf-8") as copy:
            equal = json.load(original) == json.load(copy)
        os.remove(saved)
    report(shown == ("510", "510", "64\u00a0%", True, "2024", "Totalen är poängsatt.") and not_assessed == "–"
           and validated == (0, "Källan anger ingen total", False, "2024")
           and "högre än maxpoängen 800" in above and equal and not violations,
           f"Marks kommun 2024, total only: {shown[0]} points ({shown[2]}), date {shown[4]} with precision year; "
           f"not assessed (saved, kompass validate: {validated}) and back, 800,5 refused, saved equal; axe-core 0 violations"
           + "".join("\n     " + v for v in violations))


def check_two_forms(browser, url, kumla_url):
    """Two forms of the same origin keep their work under keys of their own."""
    browser.open(url, clear_storage=True)
    browser.type("municipality-name", "Lekebergs kommun")
    browser.open(kumla_url)
    browser.find("restore")  # the offer lists Lekeberg's work; this form is Kumla's
    browser.type("a0-s0-points", "13")
    keys = browser.driver.execute_script(
        "return Object.keys(localStorage).filter(k => k.startsWith('kommunkompass-form/')).sort();")
    report(len(keys) == 2 and any("/1881/2020-11/" in key for key in keys),
           f"two forms keep two entries in local storage: {', '.join(k.rsplit('/', 1)[0] for k in keys)}")
    browser.find("clear-button").click()
    browser.find("clear-yes").click()
    left = browser.driver.execute_script(
        "return Object.keys(localStorage).filter(k => k.startsWith('kommunkompass-form/')).length;")
    report(left == 0 and "borttagna" in browser.text("status"), "\"Rensa sparade uppgifter\" removes them")


def check_other_forms(browser, output, kompass, script):
    """The English form, an area-level form (the 2016 version) and a file that is no evaluation."""
    english = os.path.join(output, "form-en.html")
    area_level = os.path.join(output, "form-2016.html")
    run(kompass, "form", "--language", "en", "--output", english)
    run(kompass, "form", "--rubric", "kommunkompassen-2016", "--output", area_level)
    browser.open("file://" + english, clear_storage=True)
    heading = browser.text("main-heading")
    browser.find("a0-s0-choice-points").click()
    browser.type("a0-s0-points", "-1")
    english_message = browser.text("a0-s0-points-msg")
    violations = browser.axe(script)
    browser.open("file://" + area_level, clear_storage=True)
    browser.find("a0-choice-points").click()
    browser.type("a0-points", "100,5")
    area_message = browser.text("a0-points-msg")
    browser.type("a0-points", "61,5")
    figures = (browser.text("a0-sum"), browser.text("pending"))
    violations += browser.axe(script)
    browser.open_file(os.path.join(ROOT, "Rubrics", "kommunkompassen-2020.json"))
    status = browser.text("status")
    report(heading == "Evaluation with Kommunkompassen" and "The points -1 are negative; allowed is 0–20." in english_message
           and "högre än maxpoängen 100" in area_message and figures == ("62 av 100 poäng (62 %)", "7 områden kvar att poängsätta.")
           and "ser inte ut som en utvärdering" in status and not violations,
           f"English form (\"{english_message}\"), 2016 form with points per area ({figures[0]}; {figures[1]}), "
           f"a rubric opened by mistake (\"{status}\"), axe-core 0 violations" + "".join("\n     " + v for v in violations))


def check_keyboard(browser, url):
    browser.open(url, clear_storage=True)
    browser.driver.execute_script("document.getElementById('open-button').focus();")
    active = browser.driver.switch_to.active_element
    active.send_keys(Keys.TAB)
    first = browser.driver.switch_to.active_element.get_attribute("id")
    browser.driver.switch_to.active_element.send_keys(Keys.TAB)
    second = browser.driver.switch_to.active_element.get_attribute("id")
    browser.driver.execute_script("document.getElementById('a0-s0-choice-notAssessed').focus();")
    browser.driver.switch_to.active_element.send_keys(Keys.ARROW_UP)
    browser.wait(lambda: not browser.find("a0-s0-points").find_element(By.XPATH, "..").get_attribute("hidden"))
    shown = browser.find("a0-s0-points").is_displayed()
    report(first == "save-button" and second == "clear-button" and shown,
           f"keyboard: Tab goes open → {first} → {second}; arrow keys choose points for 1.1")


def main():
    kompass, output = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    downloads = os.path.join(output, "downloads")
    os.makedirs(downloads, exist_ok=True)
    for name in os.listdir(downloads):
        os.remove(os.path.join(downloads, name))
    form = os.path.join(output, "form.html")
    kumla_form = os.path.join(output, "kumla-form.html")
    made = run(kompass, "form", "--output", form)
    made_kumla = run(kompass, "form", "--from", "Evaluations/kumla-2020.json", "--output", kumla_form)
    report(made.returncode == 0 and made_kumla.returncode == 0, "kompass form wrote " + form + " and " + kumla_form)
    url, kumla_url = "file://" + form, "file://" + kumla_form
    script = axe_script()
    browser = Browser(downloads)
    try:
        browser.open(url, clear_storage=True)
        heading = browser.text("main-heading")
        errors = browser.script_errors()
        report(heading == "Utvärdering enligt Kommunkompassen" and not errors,
               f"the form opens: \"{heading}\", {len(browser.driver.find_elements(By.CSS_SELECTOR, 'section.sub-area'))} sub-areas"
               + "".join("\n     " + error for error in errors))
        violations = browser.axe(script)
        browser.open(kumla_url, clear_storage=True)
        violations += browser.axe(script)
        browser.driver.execute_script("document.getElementById('a0-s0').scrollIntoView();")
        browser.driver.save_screenshot(os.path.join(output, "form.png"))
        browser.phone_width()
        browser.driver.refresh()
        browser.wait(lambda: browser.text("main-heading") != "")
        overflow = browser.horizontal_overflow()
        violations += browser.axe(script)
        browser.driver.save_screenshot(os.path.join(output, "form-390.png"))
        browser.desktop_width()
        report(not violations, "axe-core: 0 violations (new form, Kumla 2020, and at 390 px)"
               + "".join("\n     " + v for v in violations))
        report(overflow <= 0, f"no horizontal scrolling at 390 px (overflow {overflow} px)")
        check_keyboard(browser, url)
        check_other_forms(browser, output, kompass, script)
        check_kumla(browser, url, kompass)
        check_new_evaluation(browser, url, kompass)
        check_out_of_range(browser, url)
        check_two_forms(browser, url, kumla_url)
        check_register(browser, url, script)
        check_totals_only(browser, url, script, kompass)
        check_round_trips(browser, url, kompass, output)
        errors = browser.script_errors()
        report(not errors, "no script errors" + "".join("\n     " + error for error in errors))
    finally:
        browser.driver.quit()
    print(f"{len(FAILED)} failed")
    sys.exit(1 if FAILED else 0)


if __name__ == "__main__":
    main()
