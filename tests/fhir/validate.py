"""Validate a Centinela FHIR export against a real FHIR R4 (4.0.1) model.

    .venv-fhir/bin/python tests/fhir/validate.py BUNDLE.json [--sharing]

1. The whole Bundle is parsed by fhir.resources' R4 models (types, cardinality, required
   elements, choice types, primitive formats, no unknown elements).
2. Then the rules the model does not enforce: value sets we rely on (Bundle.type,
   Observation.status), a time zone on every dateTime with a time (FHIR requires one),
   every subject resolving to the Bundle's Patient, LOINC codes with their UCUM units,
   and, with --sharing, nothing that names the child or dates the readings, and
   temperatures in Cel only.

Exit 0 and a one-line summary when valid; exit 1 with every problem found otherwise;
exit 2 on bad usage or an unreadable file.
"""

import json
import re
import sys

import fhir.resources
from fhir.resources.bundle import Bundle

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
# R4 value set observation-status (required binding).
OBSERVATION_STATUS = {
    "registered", "preliminary", "final", "amended", "corrected", "cancelled",
    "entered-in-error", "unknown",
}
# The codes Centinela writes, and the UCUM units each may carry.
VALUE_UNITS = {
    "8310-5": {"Cel", "[degF]"},  # body temperature
    "8867-4": {"/min"},  # heart rate
    "59408-5": {"%"},  # SpO2 by pulse oximetry
}
SHARING_TEMPERATURE_UNITS = {"Cel"}
BP_PANEL = "85354-9"
BP_COMPONENTS = {"8480-6", "8462-4"}  # systolic, diastolic
# FHIR dateTime: if hours and minutes are given, a time zone SHALL be too.
DATETIME_WITH_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")
# Patient elements that identify the child or the family.
PATIENT_IDENTIFYING = {
    "identifier", "name", "telecom", "birthDate", "address", "photo", "contact",
    "deceasedDateTime", "multipleBirthInteger", "generalPractitioner", "text",
}
# Observation elements that carry a calendar time or free text.
OBSERVATION_DATED_OR_FREE = {
    "effectiveDateTime", "effectivePeriod", "effectiveInstant", "effectiveTiming",
    "issued", "note", "text", "performer", "valueString", "valueDateTime",
}
DATE_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}")


def loinc_code(concept):
    codes = [c.get("code") for c in (concept or {}).get("coding", []) if c.get("system") == LOINC]
    return codes[0] if len(codes) == 1 else None


def check_quantity(where, q, units, problems):
    if not isinstance(q, dict):
        problems.append(f"{where}: no valueQuantity")
        return
    if q.get("system") != UCUM or q.get("code") not in units:
        problems.append(f"{where}: unit {q.get('system')}|{q.get('code')} is not UCUM {sorted(units)}")


def semantic_problems(bundle, sharing):
    problems = []
    if bundle.get("type") != "collection":
        problems.append(f"Bundle.type is {bundle.get('type')!r}, expected 'collection'")
    entries = bundle.get("entry", [])
    urls = [e.get("fullUrl") for e in entries]
    if len(set(urls)) != len(urls):
        problems.append("fullUrls are not unique")
    patients = [e for e in entries if e.get("resource", {}).get("resourceType") == "Patient"]
    if len(patients) != 1:
        problems.append(f"expected exactly one Patient, found {len(patients)}")
    patient_urls = {p.get("fullUrl") for p in patients}

    for i, e in enumerate(entries):
        r = e.get("resource", {})
        where = f"entry[{i}] {r.get('resourceType')}"
        url = e.get("fullUrl") or ""
        if not url.startswith("urn:uuid:") or url[len("urn:uuid:"):] != r.get("id"):
            problems.append(f"{where}: fullUrl {url!r} is not urn:uuid:<resource id>")
        for j, ext in enumerate(r.get("extension", [])):
            if not ext.get("url"):
                problems.append(f"{where}: extension[{j}] has no url")
        if r.get("resourceType") == "Patient":
            if sharing:
                for k in sorted(PATIENT_IDENTIFYING & r.keys()):
                    problems.append(f"{where}: sharing bundle has Patient.{k}")
            continue
        if r.get("resourceType") != "Observation":
            problems.append(f"{where}: unexpected resource type")
            continue
        if r.get("status") not in OBSERVATION_STATUS:
            problems.append(f"{where}: status {r.get('status')!r} is not an R4 observation status")
        cats = [c for cat in r.get("category", []) for c in cat.get("coding", [])]
        if not any(c.get("system") == CATEGORY and c.get("code") == "vital-signs" for c in cats):
            problems.append(f"{where}: no vital-signs category")
        if r.get("subject", {}).get("reference") not in patient_urls:
            problems.append(f"{where}: subject {r.get('subject')} does not resolve to the Patient")
        code = loinc_code(r.get("code"))
        if code in VALUE_UNITS:
            # Sharing gives temperatures in Cel only: [degF] hints at the family's country.
            units = SHARING_TEMPERATURE_UNITS if sharing and code == "8310-5" else VALUE_UNITS[code]
            check_quantity(where, r.get("valueQuantity"), units, problems)
        elif code == BP_PANEL:
            comps = r.get("component", [])
            found = [loinc_code(c.get("code")) for c in comps]
            if not comps or not set(found) <= BP_COMPONENTS or len(set(found)) != len(found):
                problems.append(f"{where}: blood pressure components {found} are not 8480-6/8462-4")
            for c in comps:
                check_quantity(f"{where} component {loinc_code(c.get('code'))}",
                               c.get("valueQuantity"), {"mm[Hg]"}, problems)
        else:
            problems.append(f"{where}: no known LOINC code (found {code!r})")
        when = r.get("effectiveDateTime")
        if when is not None and not DATETIME_WITH_TIME.match(when):
            problems.append(f"{where}: effectiveDateTime {when!r} has no time zone offset")
        if sharing:
            for k in sorted(OBSERVATION_DATED_OR_FREE & r.keys()):
                problems.append(f"{where}: sharing bundle has Observation.{k}")
    if sharing:
        if "timestamp" in bundle:
            problems.append("sharing bundle has Bundle.timestamp")
        for m in DATE_LIKE.finditer(json.dumps(bundle)):
            problems.append(f"sharing bundle contains a date: {m.group(0)}")
    return problems


def main(argv):
    args = [a for a in argv if a != "--sharing"]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    if fhir.resources.__fhir_version__ != "4.0.1":
        print(f"fhir.resources models are FHIR {fhir.resources.__fhir_version__}, not R4 4.0.1",
              file=sys.stderr)
        return 2
    try:
        with open(args[0], encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        print(f"cannot read {args[0]}: {e}", file=sys.stderr)
        return 2
    try:
        Bundle.parse_obj(data)
    except Exception as e:  # pydantic's ValidationError lists every failing element
        print(f"INVALID (FHIR R4 model): {e}", file=sys.stderr)
        return 1
    problems = semantic_problems(data, "--sharing" in argv)
    if problems:
        print("INVALID:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    kinds = [e["resource"]["resourceType"] for e in data.get("entry", [])]
    print(f"valid FHIR R4 Bundle: {kinds.count('Patient')} Patient, "
          f"{kinds.count('Observation')} Observation")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
