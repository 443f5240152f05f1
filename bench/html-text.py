#!/usr/bin/env python3
"""Plain text of DocBook HTML pages, as a reader sees them: one paragraph per block element, blank lines between,
preformatted blocks kept line by line, the navigation bars above and below each page left out.

Usage: bench/html-text.py PAGE.html... > TEXT.txt   (the pages are read in the order given)
Used by bench/debian-docs.sh for the Installation Guide, which Debian ships only as HTML.
"""
import html.parser
import re
import sys

BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "li", "dt", "dd", "pre", "tr", "td", "th", "br", "title"}
SKIPPED = {"script", "style", "head"}
NAVIGATION = {"navheader", "navfooter"}


class PageText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs = []
        self._words = []
        self._open_divs = []  # for each open <div>, whether it is navigation
        self._skipping = 0
        self._in_pre = 0

    def _end_paragraph(self):
        text = "".join(self._words)
        self._words = []
        if not self._in_pre:
            text = re.sub(r"\s+", " ", text).strip()
        if text.strip():
            self.paragraphs.append(text.rstrip())

    def handle_starttag(self, tag, attrs):
        if tag == "div":
            navigation = dict(attrs).get("class") in NAVIGATION
            self._open_divs.append(navigation)
            self._skipping += navigation
        if tag in SKIPPED:
            self._skipping += 1
        if tag in BLOCKS:
            self._end_paragraph()
        if tag == "pre":
            self._in_pre += 1

    def handle_endtag(self, tag):
        if tag in BLOCKS:
            self._end_paragraph()
        if tag == "pre":
            self._in_pre = max(0, self._in_pre - 1)
        if tag in SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        if tag == "div" and self._open_divs:
            self._skipping -= self._open_divs.pop()

    def handle_data(self, data):
        if not self._skipping:
            self._words.append(data)


def main(pages):
    for page in pages:
        parser = PageText()
        with open(page, encoding="utf-8") as f:
            parser.feed(f.read())
        parser.close()
        parser._end_paragraph()
        for paragraph in parser.paragraphs:
            print(paragraph)
            print()


if __name__ == "__main__":
    main(sys.argv[1:])
