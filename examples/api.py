"""factcheck's library API end to end, on an invented story: python examples/api.py

A wire story and a draft summary of it disagree on how many Harbour Lines workers the ferry
carries and on when they leave the island; port figures agree with the wire ("about 400"
and "roughly 410" overlap). The script reads the wire's claims, checks the three texts
together, and prints the findings as a person reads them and as JSON.
"""

from __future__ import annotations

import json

import factcheck

WIRE = (
    "All Harbour Lines workers will leave Kestrel Island within 60 to 90 days, the company "
    "said on Monday. The crossing carries about 400 Harbour Lines workers a day."
)
DRAFT = (
    "Harbour Lines workers are leaving Kestrel Island now, a spokesman said. The crossing "
    "carries some 900 Harbour Lines workers a day."
)
AGREEING = "The crossing carries roughly 410 Harbour Lines workers a day, port figures show."


def main() -> None:
    # A Document is text plus what is known about it; the publication date anchors
    # relative times ("now", "within 60 to 90 days") to the calendar.
    wire = factcheck.Document(text=WIRE, id="wire", published="2031-05-12")
    draft = factcheck.Document(text=DRAFT, id="draft", published="2031-05-12")
    port = factcheck.Document(text=AGREEING, id="port", published="2031-05-12")

    # extract: the typed claims of one document, with normalized values.
    for claim in factcheck.extract(wire):
        value = ""
        if isinstance(claim, factcheck.AmountClaim):
            value = f"{claim.amount.low.magnitude:g}–{claim.amount.high.magnitude:g}"
            value += f" {claim.amount.unit}"
        elif isinstance(claim, factcheck.EventClaim) and claim.window is not None:
            window = claim.window
            value = f"{claim.event}, {window.earliest:%Y-%m-%d} … {window.latest:%Y-%m-%d}"
        print(f"claim  {type(claim).__name__:<18} {claim.text!r}  {value}")

    # check: every claim of every document against the others; a Report comes back.
    report = factcheck.check([wire, draft, port])
    for finding in report.findings:
        print(f"found  {finding.rule} {finding.severity.value} [{finding.kind.value}]")
        print(f"       {finding.message}")
        for claim in finding.claims:
            print(f"       - {claim.document}: {claim.text!r}")

    # to_dict: the same report as JSON (schema version 1, documented in docs/json-report.md).
    data = report.to_dict()
    first = data["findings"][0]
    summary = {key: first[key] for key in ("rule", "name", "kind", "severity")}
    where = [(claim["document"], claim["line"], claim["column"]) for claim in first["claims"]]
    print(f"json   version {data['version']}, {len(data['findings'])} findings; the first:")
    print(f"       {json.dumps(summary)} at {where}")


if __name__ == "__main__":
    main()
