"""Reading-pane HTML: Markdown rendered, hostile content made harmless."""

from __future__ import annotations

import html

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tvet_desktop.catalog.records import Item
from tvet_desktop.catalog.render import (
    friendly_date,
    is_external_link,
    item_html,
    markdown_to_html,
    theme_link,
    theme_of_link,
)
from tvet_desktop.text import escape_html


@pytest.mark.parametrize(
    ("url", "external"),
    [
        ("https://unevoc.unesco.org/home", True),
        ("http://example.org/x?y=1", True),
        ("  HTTPS://example.org", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("file:///etc/passwd", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("/relative/path", False),
        ("other.html", False),
        ("https://", False),
        ("http://[::1", False),
        ("", False),
    ],
)
def test_only_absolute_http_links_are_external(url: str, external: bool) -> None:
    assert is_external_link(url) is external


def test_markdown_renders_structure() -> None:
    html = markdown_to_html("## Steps\n\n1. Wear a **mask**\n2. Check the *gas*\n\n> Safety first")
    assert "<h2>Steps</h2>" in html and "<strong>mask</strong>" in html and "<blockquote>" in html


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        "<img src='file:///etc/passwd'>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "[local](file:///home/user/secret.txt)",
        "![remote](https://tracker.example/pixel.png)",
        "<iframe src='https://example.org'></iframe>",
        "<a href='data:text/html;base64,PHNjcmlwdD4='>x</a>",
        "<style>body{display:none}</style>",
        "<div onclick='steal()'>text</div>",
    ],
)
def test_hostile_content_is_neutralised(hostile: str) -> None:
    html = markdown_to_html(f"Before\n\n{hostile}\n\nAfter").lower()
    for forbidden in ("<script", "<img", "<iframe", "<style", "javascript:", "file:", "data:", "onerror",
                      "onclick", "src="):
        assert forbidden not in html
    assert "before" in html and "after" in html


def test_safe_links_survive() -> None:
    html = markdown_to_html("[UNEVOC](https://unevoc.unesco.org)")
    assert 'href="https://unevoc.unesco.org"' in html


def test_item_page_has_title_meta_chips_and_source() -> None:
    item = Item(id="x", kind="practice", title="A <b>bold</b> title", summary="Short.", body="Body text.",
                year=2020, country="Spain", submitter="Tknika", themes=("digital skills",),
                url="https://example.org/a?b=1&c=2")
    html = item_html(item)
    assert "A &lt;b&gt;bold&lt;/b&gt; title" in html
    assert "Practice · 2020 · Spain" in html and "Submitted by</td><td>Tknika" in html
    assert f"href='{theme_link('digital skills')}'" in html
    assert "https://example.org/a?b=1&amp;c=2" in html


def test_item_page_never_links_an_unsafe_source() -> None:
    html = item_html(Item(id="x", kind="resource", title="T", url="javascript:alert(1)"))
    assert "href" not in html and "javascript:alert(1)" in html  # shown as text only


def test_theme_links_round_trip() -> None:
    assert theme_of_link(theme_link("SDGs & greening TVET")) == "SDGs & greening TVET"
    assert theme_of_link("https://example.org") is None


def test_catalogue_dates_read_as_people_write_them() -> None:
    assert friendly_date("2026-11-28T10:05:00Z") == "28 Nov 2026"
    assert friendly_date("2024-04-02") == "2 Apr 2024"
    assert friendly_date("sometime in 2020") == "sometime in 2020"  # not ISO: shown as it is


@given(st.text(alphabet=st.sampled_from("ab<>&\"' é\x02"), max_size=40), st.booleans())
def test_escaping_for_html_is_what_the_standard_library_does(text: str, quote: bool) -> None:
    assert escape_html(text, quote) == html.escape(text, quote)


def test_a_page_reference_in_a_note_is_a_link_and_nowhere_else() -> None:
    from tvet_desktop.catalog.render import page_of_link

    note = markdown_to_html("> Check hoses for cracks. (p. 37)\n\nin code: `(p. 3)`", page_links=True)
    assert '<a href="page:37"' in note and 'href="page:3"' not in note  # not inside code
    assert "page:" not in markdown_to_html("> Check hoses (p. 37)")  # an item's text: no page links
    assert page_of_link("page:37") == 37
    assert page_of_link("page:0") is None and page_of_link("page:-2") is None and page_of_link("https://x") is None


def test_an_added_web_page_keeps_its_text_and_loses_what_could_run_or_load() -> None:
    from tvet_desktop.catalog.render import web_page_html

    shown = web_page_html("<title>T</title><script>alert(1)</script><style>p{}</style><h1>Lathe</h1>"
                          "<img src='/etc/passwd'><p onclick='x()'>Chuck <a href='file:///etc'>key</a></p>"
                          "<iframe src='http://x'></iframe>")
    assert "<h1>Lathe</h1>" in shown and "Chuck" in shown
    for gone in ("script", "alert", "style", "img", "passwd", "onclick", "file:", "iframe"):
        assert gone not in shown
