#!/usr/bin/env python3
"""A district of 40 police stations and 400 officers for the administration benchmark, in the
upload format of docs/district-setup.md, and two transfer lists (30 and 100 investigating
officers, as a district publishes them). Made up: codes and names say so (BENCH)."""
import csv
import os
import sys

district = sys.argv[1] if len(sys.argv) > 1 else "MORADABAD"
out = sys.argv[2] if len(sys.argv) > 2 else "."
os.makedirs(out, exist_ok=True)
d = district.lower()

units, officers = [], []
mobile = [7000000000]


def next_mobile():
    mobile[0] += 1
    return str(mobile[0])


def officer(username, rank, posting, roles):
    officers.append([username, f"{username} (bench)", f"{username} (बेंच)", rank, next_mobile(), posting, roles, "", "BENCH-1"])


for c in range(1, 11):
    circle = f"{district}_C{c:02d}"
    units.append([circle, "CIRCLE", district, f"Bench circle {c}", f"बेंच सर्किल {c}", "", ""])
    officer(f"co.{d}{c:02d}", "DSP", circle, "CO")
    for s in range(1, 5):
        n = (c - 1) * 4 + s
        station = f"{district}_S{n:02d}"
        units.append([station, "STATION", circle, f"Bench station {n}", f"बेंच थाना {n}", f"{28.8 + n / 1000:.3f}", f"{78.7 + n / 1000:.3f}"])
        for b in (1, 2):
            units.append([f"{station}_HALKA_{b}", "BEAT", station, f"Bench station {n} beat {b}", f"बेंच थाना {n} हल्का {b}", "", ""])
        units.append([f"{station}_CHOWKI", "OUTPOST", station, f"Bench station {n} outpost", f"बेंच थाना {n} चौकी", "", ""])
        officer(f"sho.{d}{n:02d}", "Inspector", station, "SHO")
        for i in range(1, 9):
            post = f"{station}_HALKA_{1 + (i - 1) % 2}" if i <= 6 else f"{station}_CHOWKI"
            officer(f"io.{d}{n:02d}.{i}", "Sub-Inspector", post, "IO")

for username, rank, roles in [("sp", "SP", "SP"), ("asp", "ASP", "ASP"), ("admin", "Inspector", "ADMIN")] + \
        [(f"cell{i}", "Head Constable", "IGRS_CELL") for i in range(1, 4)] + \
        [(f"operator{i}", "Constable", "OPERATOR") for i in range(1, 6)] + \
        [(f"feedback{i}", "Constable", "FEEDBACK_DESK") for i in range(1, 4)]:
    officer(f"{username}.{d}", rank, district, roles)
n = 0
while len(officers) < 400:
    n += 1
    officer(f"frontdesk.{d}{n:02d}", "Constable", f"{district}_S{n:02d}", "OPERATOR")

with open(os.path.join(out, "units.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["code", "kind", "parent", "name_en", "name_hi", "latitude", "longitude"])
    w.writerows(units)
with open(os.path.join(out, "officers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["username", "name_en", "name_hi", "rank", "mobile", "posting", "roles", "from", "order_ref"])
    w.writerows(officers)

# Investigating officers to move: the first 30, then the next 100, each to a beat of the next station.
ios = [o for o in officers if o[6] == "IO"]
with open(os.path.join(out, "movers.txt"), "w") as f:
    for o in ios[:130]:
        f.write(o[0] + "\n")
for name, chosen in (("transfers-30.csv", ios[:30]), ("transfers-100.csv", ios[30:130])):
    with open(os.path.join(out, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["name", "username", "posting", "roles", "from", "order_ref"])
        for o in chosen:
            station = int(o[5].split("_S")[1][:2])
            target = f"{district}_S{station % 40 + 1:02d}_HALKA_{1 + station % 2}"
            w.writerow([o[1], o[0], target, "IO", "", f"BENCH/{name}"])
print(f"{len(units)} units, {len(officers)} officers -> {out}")
