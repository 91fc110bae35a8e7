#!/usr/bin/env python3
"""Writes bench/state-weights.sql: each of the 75 districts of Uttar Pradesh with the weight that
bench/preload-state.sql spreads complaints by, the NCRB count of TOTAL IPC CRIMES of the latest
year in the file (2012), as a VALUES list, so that the preload needs neither the shared data
folder nor a path to it at run time.

    bench/state-weights.py [NCRB csv] [up-districts.csv] > bench/state-weights.sql

Defaults: ../shared/data/external/ncrb/up_01_District_wise_crimes_committed_IPC_2001_2012.csv
(relative to the repository, else /work/shared/...) and src/main/resources/data/reference/up-districts.csv.

NCRB names the police districts of its time; the names that changed since (or that NCRB spells
its own way) are mapped below. G.R.P. (the railway police, state-wide) and TOTAL are not
districts and are left out. A district with no row in the latest year would take its latest
earlier year's count, and one with no row at all the median district count; with the 2012 file
every one of the 75 has a 2012 row, and the script says on stderr if it ever falls back.
"""
import csv
import os
import statistics
import sys

# NCRB 2001-2012 name -> district code of up-districts.csv, where they differ after normalising
# (upper case, runs of non-letters to one underscore).
RENAMED = {
    "ALLAHABAD": "PRAYAGRAJ",            # renamed 2018
    "FAIZABAD": "AYODHYA",               # renamed 2018
    "BADAUN": "BUDAUN",                  # spelling
    "BULANDSHAHAR": "BULANDSHAHR",       # spelling
    "CHANDOLI": "CHANDAULI",             # spelling
    "RAIBAREILLY": "RAEBARELI",          # spelling
    "SHRAWASTI": "SHRAVASTI",            # spelling
    "SIDHARTHNAGAR": "SIDDHARTHNAGAR",   # spelling
    "KUSHI NAGAR": "KUSHINAGAR",         # spelling
    "SANT KABIRNAGAR": "SANT_KABIR_NAGAR",
    "GAUTAMBUDH NAGAR": "GAUTAM_BUDDH_NAGAR",
    "CHITRAKOOT DHAM": "CHITRAKOOT",     # the district (Chitrakoot Dham is also the division)
    "FATEHGARH": "FARRUKHABAD",          # the police district is named for its seat, Fatehgarh
    "KHIRI": "LAKHIMPUR_KHERI",          # the police district Kheri
    "J.P.NAGAR": "AMROHA",               # Jyotiba Phule Nagar, renamed Amroha 2012
    "ST.RAVIDASNAGAR": "BHADOHI",        # Sant Ravidas Nagar (Bhadohi)
    "CSM NAGAR": "AMETHI",               # Chhatrapati Shahuji Maharaj Nagar, created 2010, renamed Amethi 2012
    "BHIM NAGAR": "SAMBHAL",             # created 2011 from Moradabad, renamed Sambhal 2012
    "PANCHSHIL NAGAR": "HAPUR",          # created 2011 from Ghaziabad, renamed Hapur 2012
    "PRABUDDH NAGAR": "SHAMLI",          # created 2011 from Muzaffarnagar, renamed Shamli 2012
    "RAMABAI NAGAR": "KANPUR_DEHAT",     # renamed back to Kanpur Dehat 2012
    "KANSHIRAM NAGAR": "KASGANJ",        # renamed Kasganj 2012
}
NOT_DISTRICTS = {"G.R.P.", "TOTAL"}


def code_of(ncrb_name):
    if ncrb_name in RENAMED:
        return RENAMED[ncrb_name]
    out, last_sep = [], False
    for ch in ncrb_name.upper():
        if ch.isalnum():
            out.append(ch)
            last_sep = False
        elif not last_sep:
            out.append("_")
            last_sep = True
    return "".join(out).strip("_")


def main():
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rel = "shared/data/external/ncrb/up_01_District_wise_crimes_committed_IPC_2001_2012.csv"
    ncrb_path = sys.argv[1] if len(sys.argv) > 1 else next(
        (p for p in (os.path.join(repo, "..", rel), os.path.join("/work", rel)) if os.path.exists(p)),
        os.path.join(repo, "..", rel))
    districts_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        repo, "src/main/resources/data/reference/up-districts.csv")

    with open(districts_path, encoding="utf-8") as f:
        districts = [(row["code"], row["name_en"]) for row in csv.DictReader(f)]
    codes = {code for code, _ in districts}

    by_code = {}  # code -> {year: (count, ncrb name)}
    with open(ncrb_path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = row["DISTRICT"].strip()
            if name in NOT_DISTRICTS:
                continue
            code = code_of(name)
            if code not in codes:
                sys.exit(f"NCRB district {name!r} maps to {code!r}, which is not in {districts_path}")
            year = int(row["YEAR"])
            if year in by_code.setdefault(code, {}):
                sys.exit(f"two NCRB rows for {code} in {year}")
            by_code[code][year] = (int(row["TOTAL IPC CRIMES"]), name)
    latest = max(y for years in by_code.values() for y in years)

    rows = []
    for code, name_en in districts:
        years = by_code.get(code, {})
        if latest in years:
            count, name = years[latest]
            basis = f"NCRB {latest} {name}"
        elif years:
            year = max(years)
            count, name = years[year]
            basis = f"NCRB {year} {name} (no {latest} row)"
            print(f"{code}: no {latest} row, {year}'s count used", file=sys.stderr)
        else:
            count, basis = None, "no NCRB row: median district count"
        rows.append([code, name_en, count, basis])
    median = round(statistics.median(r[2] for r in rows if r[2] is not None))
    for r in rows:
        if r[2] is None:
            r[2] = median
            print(f"{r[0]}: no NCRB row at all, median {median} used", file=sys.stderr)

    print(f"""-- Generated by bench/state-weights.py from NCRB "Crime in India", district-wise IPC crimes,
-- TOTAL IPC CRIMES of {latest} (Source: NCRB, Crime in India, via data.gov.in; GODL-India), mapped to
-- the district codes of up-districts.csv; G.R.P. (railway police) and TOTAL left out.
-- Do not edit: run the script again. Read by bench/preload-state.sql (\\ir).
insert into b_weight (code, ipc_crimes, basis) values""")
    print(",\n".join(f"  ('{code}', {count}, '{basis}')" for code, _, count, basis in rows) + ";")


if __name__ == "__main__":
    main()
