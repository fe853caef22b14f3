"""Checks rendered HTML reports in a real browser (headless Chromium through selenium and
chromedriver).

Usage: check_report.py FOLDER NAME:MIN-MAX...
  FOLDER   holds NAME.html for every NAME; the screenshots and PDFs are written beside them
  MIN-MAX  how many A4 pages the printed report may have (the cover page included)

For every report, each check printed as one "ok" or "FAIL" line:
  - the HTML parses without errors (html5lib) and every tag is closed;
  - axe-core finds no violations of the WCAG 2.1 A and AA rules;
  - at 390 px nothing makes the page scroll sideways, and no chart text is smaller than 11 CSS px;
  - full-page screenshots at 1280 px (NAME-1280.png) and 390 px (NAME-390.png) are not blank;
  - printed to A4 (NAME.pdf), the PDF has between MIN and MAX pages.
Exits non-zero when a check fails.
"""

import base64
import importlib.util
import os
import re
import sys
from html.parser import HTMLParser

import html5lib
from PIL import Image
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
FAILED = []


def report(ok, text):
    print(("ok   " if ok else "FAIL ") + text, flush=True)
    if not ok:
        FAILED.append(text)


class TagBalance(HTMLParser):
    """Finds tags that are opened and never closed, or closed out of order."""

    def __init__(self):
        super().__init__()
        self.stack = []
        self.errors = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append((tag, self.getpos()))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> at line {self.getpos()[0]} does not close the open tag "
                               f"{self.stack[-1] if self.stack else None}")
            return
        self.stack.pop()


def html_errors(path):
    text = open(path, encoding="utf-8").read()
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    parser.parse(text)
    errors = [f"line {position[0]}: {code}" for position, code, _ in parser.errors]
    balance = TagBalance()
    balance.feed(text)
    errors += balance.errors + [f"<{tag}> opened at line {pos[0]} is never closed" for tag, pos in balance.stack]
    return errors


def blank(path):
    image = Image.open(path).convert("RGB")
    width, height = image.size
    non_white = width * height - image.convert("L").histogram()[255]
    colours = len(image.resize((200, 280)).getcolors(maxcolors=200 * 280) or [])
    share = non_white / (width * height)
    return (share < 0.02 or colours < 8), f"{width}x{height}, {share:.1%} non-white pixels, {colours} colours"


def axe_script():
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None:
        raise SystemExit("FAIL axe-core is missing: run Tests/ReportScreenshots/install-tools.sh")
    with open(os.path.join(list(spec.submodule_search_locations)[0], "axe.min.js"), encoding="utf-8") as handle:
        return handle.read()


def pdf_pages(data):
    """The page count of a PDF that Chromium wrote (its page tree's /Count)."""
    counts = [int(value) for value in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data)]
    counts += [int(value) for value in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", data)]
    return max(counts) if counts else len(re.findall(rb"/Type\s*/Page\b", data))


class Browser:
    def __init__(self):
        options = webdriver.ChromeOptions()
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000",
                         "--force-device-scale-factor=1", "--hide-scrollbars"]:
            options.add_argument(argument)
        self.driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))

    def width(self, width):
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})

    def screenshot(self, path):
        height = self.driver.execute_script("return document.documentElement.scrollHeight;")
        width = self.driver.execute_script("return document.documentElement.clientWidth;")
        shot = self.driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
        with open(path, "wb") as handle:
            handle.write(base64.b64decode(shot["data"]))

    def axe(self, script):
        self.driver.execute_script(script)
        return self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },"
            " resultTypes: ['violations'] })"
            ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ': '"
            " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') + ')')))"
            ".catch(e => done(['axe failed: ' + e]));")

    def overflow(self):
        """What sticks out to the right of the page, as a list of descriptions."""
        return self.driver.execute_script("""
            const page = document.documentElement;
            const out = [];
            if (page.scrollWidth > page.clientWidth) out.push('page ' + page.scrollWidth + ' > ' + page.clientWidth);
            return out;""")

    def small_chart_text(self):
        """SVG text drawn smaller than 11 CSS px."""
        return self.driver.execute_script("""
            const small = [];
            for (const text of document.querySelectorAll('svg text')) {
              const box = text.getBoundingClientRect();
              if (box.width === 0 && box.height === 0) continue;
              const svg = text.ownerSVGElement;
              const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
              const size = parseFloat(getComputedStyle(text).fontSize) * scale;
              if (size < 10.95) small.push(text.textContent + ' ' + size.toFixed(1) + ' px');
            }
            return small;""")

    def pdf(self, path):
        result = self.driver.execute_cdp_cmd("Page.printToPDF", {
            "paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True, "printBackground": True,
            "displayHeaderFooter": False})
        data = base64.b64decode(result["data"])
        with open(path, "wb") as handle:
            handle.write(data)
        return pdf_pages(data)


def main():
    folder = sys.argv[1]
    expected = {}
    for argument in sys.argv[2:]:
        name, pages = argument.split(":")
        low, high = pages.split("-")
        expected[name] = (int(low), int(high))
    script = axe_script()
    browser = Browser()
    try:
        for name, (low, high) in expected.items():
            html = os.path.join(folder, name + ".html")
            errors = html_errors(html)
            report(not errors, f"{html}: HTML parses without errors, all tags closed"
                   + ("" if not errors else ": " + "; ".join(errors[:10])))
            browser.width(1280)
            browser.driver.get("file://" + html)
            violations = browser.axe(script)
            report(not violations, f"{html}: axe-core finds no WCAG 2.1 A/AA violations"
                   + ("" if not violations else ": " + "; ".join(violations)))
            for width in (1280, 390):
                browser.width(width)
                browser.driver.get("file://" + html)
                if width == 390:
                    overflow = browser.overflow()
                    report(not overflow, f"{html}: nothing scrolls sideways at 390 px"
                           + ("" if not overflow else ": " + "; ".join(overflow)))
                small = browser.small_chart_text()
                report(not small, f"{html}: no chart text below 11 px at {width} px"
                       + ("" if not small else ": " + "; ".join(small[:8])))
                png = os.path.join(folder, f"{name}-{width}.png")
                browser.screenshot(png)
                is_blank, description = blank(png)
                report(not is_blank, f"{png}: {description}")
            browser.width(1280)
            browser.driver.get("file://" + html)
            pdf = os.path.join(folder, name + ".pdf")
            pages = browser.pdf(pdf)
            report(low <= pages <= high, f"{pdf}: {pages} A4 pages (expected {low} to {high})")
    finally:
        browser.driver.quit()
    print(f"{len(FAILED)} failed")
    sys.exit(1 if FAILED else 0)


if __name__ == "__main__":
    main()
