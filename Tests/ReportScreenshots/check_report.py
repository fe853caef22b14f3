"""Checks a rendered report: the HTML parses without errors and every tag is closed, and the
screenshot of it is not blank.

Usage: check_report.py REPORT.html SCREENSHOT.png
Prints one line per check and exits non-zero when a check fails.
"""

import sys
from html.parser import HTMLParser

import html5lib
from PIL import Image

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


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


def check_html(path):
    text = open(path, encoding="utf-8").read()
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    parser.parse(text)
    errors = [f"line {position[0]}: {code}" for position, code, _ in parser.errors]
    balance = TagBalance()
    balance.feed(text)
    errors += balance.errors + [f"<{tag}> opened at line {pos[0]} is never closed" for tag, pos in balance.stack]
    return errors


def check_png(path):
    image = Image.open(path).convert("RGB")
    width, height = image.size
    non_white = width * height - image.convert("L").histogram()[255]
    colours = len(image.resize((200, 280)).getcolors(maxcolors=200 * 280) or [])
    share = non_white / (width * height)
    return width, height, share, colours


def main():
    html_path, png_path = sys.argv[1], sys.argv[2]
    failed = False
    errors = check_html(html_path)
    if errors:
        failed = True
        print(f"FAIL {html_path}: {len(errors)} HTML errors")
        for error in errors[:20]:
            print("  " + error)
    else:
        print(f"ok   {html_path}: HTML parses without errors, all tags closed")
    width, height, share, colours = check_png(png_path)
    if share < 0.02 or colours < 8:
        failed = True
        print(f"FAIL {png_path}: looks blank ({share:.1%} non-white pixels, {colours} colours)")
    else:
        print(f"ok   {png_path}: {width}x{height}, {share:.1%} non-white pixels, {colours} colours")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
