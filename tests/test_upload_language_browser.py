"""The own-data page's file uploaders in the reader's language (issue #15): Streamlit 1.67 writes
'Upload' and '11MB per file • CSV, XLSX, TXT' in English and has no option for them; the page
replaces them with CSS (and names the button and the file input with a script). The button's
accessible name, as Chromium computes it, is the translated one."""

import pytest

from tests.browser import ARTIFACTS, app_idle  # app_url and browser: tests/conftest.py
from twente.i18n import t

pytestmark = pytest.mark.browser

WORDS = {
    "nl": ("Bestand kiezen", "Ten hoogste 10 MB per bestand • CSV, XLSX, TXT", "Ten hoogste 1 MB per bestand • JSON"),
    "en": ("Choose a file", "At most 10 MB per file • CSV, XLSX, TXT", "At most 1 MB per file • JSON"),
    "de": ("Datei auswählen", "Höchstens 10 MB pro Datei • CSV, XLSX, TXT", "Höchstens 1 MB pro Datei • JSON"),
}


def _ax_button_names(page) -> list[str]:
    """The names of the buttons in Chromium's own accessibility tree (what a screen reader is given)."""
    cdp = page.context.new_cdp_session(page)
    nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    return [
        n.get("name", {}).get("value", "")
        for n in nodes
        if n.get("role", {}).get("value") == "button" and not n.get("ignored")
    ]


@pytest.mark.parametrize("lang", ["nl", "en", "de"])
@pytest.mark.parametrize("size", [(1440, 900), (390, 844)])
def test_the_uploaders_speak_the_readers_language(app_url, browser, lang, size):
    button, data_limit, settings_limit = WORDS[lang]
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    try:
        page.goto(f"{app_url}/eigen-gegevens?lang={lang}")
        page.locator("[data-testid='stFileUploaderDropzone'] button").nth(1).wait_for(timeout=90_000)
        app_idle(page, 90_000)
        both = [f"{button}: {t('upload_file', lang)}", f"{button}: {t('upload_settings_file', lang)}"]
        for name in both:  # each button named for its uploader, starting with the words it shows
            assert page.get_by_role("button", name=name, exact=True).count() == 1, name
        names = _ax_button_names(page)
        assert all(names.count(name) == 1 for name in both), names
        assert "Upload" not in names and "file upload" not in names, names
        assert t("upload_file", lang) in names and t("upload_settings_file", lang) in names, "the file inputs"
        shown = page.locator("[data-testid='stFileUploaderDropzoneInstructions'] > div").evaluate_all(
            "ds => ds.map(d => getComputedStyle(d, '::after').content)"
        )
        assert shown == [f'"{data_limit}"', f'"{settings_limit}"'], shown
        english = page.locator("[data-testid='stFileUploader']").get_by_text("per file", exact=False)
        assert english.filter(visible=True).count() == 0
        assert page.locator("[data-testid='stFileUploader'] button p:visible").count() == 0, "'Upload' is hidden"
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"upload_words_{lang}_{size[0]}.png"))
    finally:
        context.close()
