"""Reading: encodings, formats, metadata and every kind of bad input (one errors row, batch goes on)."""
from __future__ import annotations

import codecs
import json

import pytest

from extract import read as R
from extract.errors import ReadError
from extract.pipeline import run
from extract.settings import Settings
from extract.write import read_table

from .conftest import gold_text

TEXT = "Cuba and Jamaica hold talks\n\nKingston, 7 November 2023. The Cuban Ambassador met the Minister.\n"


@pytest.mark.parametrize("data,enc", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("utf-16"), "utf-16"),
    (TEXT.encode("utf-16-le"), "utf-16-le"),
])
def test_decode_unicode_forms(data, enc):
    text, got = R.decode_text(data)
    assert text == TEXT
    assert got == enc


def test_decode_legacy_single_byte():
    s = "La Habana, 3 de diciembre. El Ministro de Relaciones Exteriores, Bruno Rodríguez Parrilla, recibió al Embajador. " * 3
    text, enc = R.decode_text(s.encode("cp1252"))
    assert text == s              # the bytes decode to the same characters, whatever the label
    assert enc not in ("utf-8", "utf-8-sig")


def test_utf8_without_bom_is_kept_byte_exact():
    t = gold_text("001_9cd6b6c6809c8e84.txt")
    text, _ = R.decode_text(t.encode("utf-8"))
    assert text == t


@pytest.mark.parametrize("data,kind", [
    (b"", "empty"),
    (b"   \n\n\t", "empty"),
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    (b"abc\x00\x01\x02\x03def\x00\xff\xfe", "binary"),
    ("Havana, 3 de diciembre de 2019. Cubañ".encode("utf-8")[:-1], "truncated"),
])
def test_bad_text_inputs(data, kind):
    with pytest.raises(ReadError) as e:
        R.decode_text(data)
    assert e.value.kind == kind
    assert "\n" not in str(e.value)


def test_html_main_text_and_title():
    html = ("<html><head><title>Cuba and Canada hold talks</title></head><body><nav>Home | News</nav>"
            "<article><h1>Cuba and Canada hold talks</h1><p>Ottawa, October 16, 2019.- The Ambassador of Cuba "
            "to Canada, Josefina Vidal, met with officials of Global Affairs Canada to review bilateral ties and "
            "cooperation in health, education and tourism between the two countries.</p>"
            "<p>Both sides agreed to continue the dialogue in Havana next year.</p></article>"
            "<footer>Copyright 2019</footer></body></html>").encode()
    text, enc, title, published, url = R.html_to_text(html)
    assert "Josefina Vidal" in text and "Copyright" not in text
    assert title == "Cuba and Canada hold talks"


def test_html_without_text_is_an_error():
    with pytest.raises(ReadError) as e:
        R.html_to_text(b"<html><body><script>var x = 1;</script></body></html>")
    assert e.value.kind == "no_text"


def test_index_tsv_supplies_url_and_publisher(batch_dir):
    idx = R.load_index(batch_dir)
    assert idx["001_9cd6b6c6809c8e84.txt"]["publisher"] == "minrex"
    assert idx["001_9cd6b6c6809c8e84.txt"]["url"].startswith("http://misiones.minrex.gob.cu/")


def _run(tmp_path, in_dir, **kw):
    out = tmp_path / "out"
    summary = run(Settings(in_dir=in_dir, out_dir=out, progress=False, **kw))
    return summary, out


def test_every_bad_input_costs_one_error_row_and_the_batch_goes_on(tmp_path, batch_dir, nlp):
    (batch_dir / "empty.txt").write_bytes(b"")
    (batch_dir / "scan.txt").write_bytes(b"%PDF-1.7\n\x00\x01binary")
    (batch_dir / "cut.txt").write_bytes("Havana, 3 December. Cubañ".encode()[:-1])
    (batch_dir / "notes.docx").write_bytes(b"PK\x03\x04whatever")
    (batch_dir / "page.html").write_bytes(b"<html><body><script>x()</script></body></html>")
    lines = [json.dumps({"text": TEXT, "url": "http://example.org/a", "publisher": "minrex", "published": "2023-11-07"}),
             '{"text": "unterminated', json.dumps({"url": "no text"}), ""]
    (batch_dir / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    unreadable = batch_dir / "locked.txt"
    unreadable.write_text("x", encoding="utf-8")
    unreadable.chmod(0)
    summary, out = _run(tmp_path, batch_dir)
    unreadable.chmod(0o644)
    errors = read_table(out, "errors").to_pylist()
    kinds = sorted((e["source_path"], e["error_type"]) for e in errors)
    expected = [("cut.txt", "truncated"), ("empty.txt", "empty"), ("feed.jsonl", "json"), ("feed.jsonl", "json"),
                ("notes.docx", "unsupported"), ("page.html", "no_text"), ("scan.txt", "binary")]
    import os
    if os.geteuid() != 0:  # root reads a chmod-0 file anyway
        expected.append(("locked.txt", "unreadable"))
    for e in expected:
        assert e in kinds, (e, kinds)
    assert all("\n" not in e["message"] and e["message"].startswith(e["source_path"]) for e in errors)
    docs = read_table(out, "documents").to_pylist()
    paths = {d["source_path"] for d in docs}
    # the good pages and the good JSONL line are all there
    assert {"001_9cd6b6c6809c8e84.txt", "cubaminrex_en-articulos-201-page2.txt", "feed.jsonl"} <= paths
    feed = next(d for d in docs if d["source_path"] == "feed.jsonl")
    assert feed["source_url"] == "http://example.org/a" and feed["publisher"] == "minrex"
    assert str(feed["published"]) == "2023-11-07" and feed["source_line"] == 1


@pytest.mark.parametrize("line", ['{"text": "Havana talks", "title": 5}', '{"text": "Havana talks", "url": ["x"]}',
                                  '{"text": "Havana talks", "published": 20190101}'])
def test_jsonl_optional_fields_must_be_strings(line):
    raw = R.RawInput("feed.jsonl", "jsonl", line.encode(), 3)
    with pytest.raises(ReadError) as e:
        R.to_document(raw, "b", {}, "1")
    assert e.value.kind == "json" and "line 3" in str(e.value)


@pytest.mark.parametrize("value,expected", [("2023-11-07", "2023-11-07"), ("2023-11-07T10:00:00Z", "2023-11-07"),
                                            ("November 7, 2023", "2023-11-07"), ("7 November 2023 10:15", "2023-11-07"),
                                            ("November 7", None), ("soon", None)])
def test_jsonl_published_in_any_written_form(value, expected):
    raw = R.RawInput("feed.jsonl", "jsonl", json.dumps({"text": TEXT, "published": value}).encode(), 1)
    doc = R.to_document(raw, "b", {}, "1")
    assert (str(doc.published) if doc.published else None) == expected
