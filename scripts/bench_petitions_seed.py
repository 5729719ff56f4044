#!/usr/bin/env python3
"""Fills a demo database (qinqing seed-demo) up to N petitions and M enterprises for
scripts/bench_petitions.sh: enterprises spread over the demo cadres, petitions in a realistic mix
of states with their versions, timeline events and clocks (finished ones for the steps behind,
an open one with a due date for the running step), handled by the demo units and counties.
Usage: bench_petitions_seed.py DB PETITIONS ENTERPRISES"""
import random
import sqlite3
import sys
import time

db_path, petitions, enterprises = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
# How many days back the petitions reach (bench_reports.sh: three years).
span_days = int(sys.argv[4]) if len(sys.argv) > 4 else 300
random.seed(7)
db = sqlite3.connect(db_path)
db.execute("PRAGMA journal_mode = WAL")
db.execute("PRAGMA synchronous = OFF")  # seeding only; the server runs with FULL
cur = db.cursor()

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(n):
    first17 = "91420303MB" + "%07d" % n
    total = sum(CHARSET.index(c) * pow(3, i, 31) for i, c in enumerate(first17))
    return first17 + CHARSET[(31 - total % 31) % 31]


cadres = [r for r in cur.execute("SELECT c.id, u.region_id FROM cadres c JOIN units u ON u.id = c.unit_id")]
groups = [r[0] for r in cur.execute("SELECT id FROM industry_groups")]
units = [r[0] for r in cur.execute("SELECT id FROM units")]
counties = [r[0] for r in cur.execute("SELECT id FROM regions WHERE kind IN ('county', 'zone')")]
have = cur.execute("SELECT count(*) FROM enterprises").fetchone()[0]
for i in range(have, enterprises):
    cadre_id, region_id = random.choice(cadres)
    cur.execute("INSERT INTO enterprises (name, uscc, region_id, industry_group_id, cadre_id, liaison, liaison_mobile) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                ("十堰市压测企业%05d有限公司" % i, uscc(i), region_id, random.choice(groups), cadre_id,
                 "联络员%05d" % i, "139%08d" % i))
ents = [r for r in cur.execute("SELECT id, region_id, industry_group_id, cadre_id FROM enterprises WHERE cadre_id IS NOT NULL")]

# (state, share, the clocks behind it, the running clock)
MIX = [
    ("closed", 0.55, ["review", "dispatch", "sign", "result", "rating"], None),
    ("pending_review", 0.05, [], "review"),
    ("pending_dispatch", 0.05, ["review"], "dispatch"),
    ("pending_sign", 0.05, ["review", "dispatch"], "sign"),
    ("handling", 0.15, ["review", "dispatch", "sign"], "result"),
    ("pending_rating", 0.07, ["review", "dispatch", "sign", "result"], "rating"),
    ("rectifying", 0.03, ["review", "dispatch", "sign", "result", "rating"], "rectification"),
    ("pending_second_rating", 0.01, ["review", "dispatch", "sign", "result", "rating", "rectification"], "second_rating"),
    ("appealing", 0.01, ["review", "dispatch", "sign", "result", "rating"], "appeal_decision"),
    ("returned", 0.01, ["review"], None),
    ("withdrawn", 0.01, [], None),
    ("draft", 0.01, [], None),
]
DAYS = {"review": 1, "dispatch": 0, "sign": 1, "result": 15, "rating": 5, "rectification": 15, "second_rating": 5,
        "appeal_decision": 0}
CATEGORIES = ["融资", "用工", "用地", "审批服务", "政策兑现", "基础设施", "市场开拓", "法律权益", "其他"]
now = int(time.time())
DAY = 86400


def due_of(start, days):
    if days == 0:
        return None, None
    end = start + days * DAY * 7 // 5  # roughly the working days' calendar span
    cst = time.gmtime(end + 8 * 3600)
    date = time.strftime("%Y-%m-%d", cst)
    day_end = end - (end + 8 * 3600) % DAY + DAY - 1
    return date, day_end


weights = [m[1] for m in MIX]
start_id = cur.execute("SELECT coalesce(max(id), 0) FROM petitions").fetchone()[0]
for n in range(petitions):
    pid = start_id + n + 1
    state, _, behind, running = random.choices(MIX, weights)[0]
    eid, region_id, group_id, cadre_id = random.choice(ents)
    created = now - random.randint(0, span_days) * DAY - random.randint(0, DAY)
    if running in ("rating", "second_rating"):
        created = now - random.randint(0, 3) * DAY  # rating windows are mostly still open
    submitted = None if state == "draft" else created + 60
    dispatched = bool(behind) and "dispatch" in behind
    unit = county = None
    if dispatched:
        if random.random() < 0.8:
            unit = random.choice(units)
        else:
            county = random.choice(counties)
    t = submitted or created
    for kind in behind:  # the steps already taken, each on time or a little late
        days = DAYS[kind]
        due_date, due_at = due_of(t, days)
        finished = t + random.randint(1, max(1, days) * DAY)
        on_time = None if due_at is None else int(finished <= due_at)
        cur.execute("INSERT INTO petition_clocks (petition_id, kind, started_at, working_days, due_date, due_at, "
                    "finished_at, on_time, responsible) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '')",
                    (pid, kind, t, days, due_date, due_at, finished, on_time))
        t = finished
    running_due = None
    if running:
        days = DAYS[running]
        start = min(t, now - 60)
        due_date, due_at = due_of(start, days)
        cur.execute("INSERT INTO petition_clocks (petition_id, kind, started_at, working_days, due_date, due_at, "
                    "responsible) VALUES (?, ?, ?, ?, ?, ?, '')", (pid, running, start, days, due_date, due_at))
        running_due = due_at
    closed_at = t if state == "closed" else None
    outcome = "none"
    if state == "closed":
        outcome = random.choices(["satisfied", "unsatisfied", "unrated"], [0.9, 0.04, 0.06])[0]
    title = "企业诉求%06d：%s相关问题" % (pid, random.choice(CATEGORIES))
    category = random.choice(CATEGORIES)
    cur.execute(
        "INSERT INTO petitions (id, number, enterprise_id, cadre_id, region_id, industry_group_id, state, outcome, "
        "rating_round, handler_unit_id, handler_region_id, title, category, description, contact_name, contact_mobile, "
        "created_at, submitted_at, updated_at, closed_at, revision, running_clock, due_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (pid, "SQ%s%06d" % (time.strftime("%Y%m%d", time.gmtime(created + 8 * 3600)), pid), eid, cadre_id, region_id,
         group_id, state, outcome, 1 if state == "closed" else 0, unit, county, title, category,
         "压测数据：企业反映的具体问题和希望协调解决的事项，约一百字的描述。" * 2, "联系人", "13800000000", created, submitted,
         max(t, created), closed_at, 1 + len(behind), running, running_due))
    if submitted:
        cur.execute("INSERT INTO petition_versions (petition_id, kind, title, category, description, contact_name, "
                    "contact_mobile, author_label, created_at) VALUES (?, 'submitted', ?, ?, '压测', '联系人', "
                    "'13800000000', '企业', ?)", (pid, title, category, submitted))
        cur.execute("INSERT INTO petition_events (petition_id, at, action, actor_label, actor_role, from_state, "
                    "to_state) VALUES (?, ?, 'submit', '企业', 'enterprise', 'draft', 'pending_review')", (pid, submitted))
        if state not in ("pending_review", "withdrawn", "returned"):
            cur.execute("INSERT INTO petition_events (petition_id, at, action, actor_label, actor_role, from_state, "
                        "to_state) VALUES (?, ?, 'approve', '干部', 'cadre', 'pending_review', 'pending_dispatch')",
                        (pid, submitted + 3600))
db.commit()
db.execute("ANALYZE")
db.commit()
print("诉求 %d 件，企业 %d 家" % (cur.execute("SELECT count(*) FROM petitions").fetchone()[0],
                                   cur.execute("SELECT count(*) FROM enterprises").fetchone()[0]))
