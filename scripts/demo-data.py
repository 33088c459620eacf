#!/usr/bin/env python3
"""Writes a believable three weeks of Unknot use, for screenshots of pages with data.

    scripts/demo-data.py FOLDER

FOLDER gets two files that the app's own commands take in, so nothing here
writes the database directly:
  - demo-plan.unknot: a physio's plan (neck and headaches, every other day,
    started 20 days ago), for `unknot --import`;
  - demo-history.json: sessions of that plan's routine and of the built-in
    routines with pain before and after, and pain ratings of the neck and the
    temple coming down, for `unknot --restore`.
Dates are relative to today, so the calendar and "this week" are never empty.
"""
import datetime
import json
import os
import sys
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLAN_ROUTINE = "neck-plan-stiff-neck"
# Days ago, routine, pain before, pain after.
SESSIONS = [
    (20, PLAN_ROUTINE, 7, 5), (18, PLAN_ROUTINE, 6, 4), (16, "tension-headache", 6, 4),
    (15, PLAN_ROUTINE, 6, 4), (13, PLAN_ROUTINE, 5, 3), (11, PLAN_ROUTINE, 5, 3),
    (9, "tension-headache", 5, 3), (8, PLAN_ROUTINE, 4, 3), (6, PLAN_ROUTINE, 4, 2),
    (4, PLAN_ROUTINE, 4, 2), (3, "low-back", 5, 4), (2, PLAN_ROUTINE, 3, 2),
    (1, PLAN_ROUTINE, 3, 1),
]
# Days ago, region, side, pain.
PAIN = [
    (21, "neck.back", "right", 7), (14, "neck.back", "right", 6), (7, "neck.back", "right", 4),
    (1, "neck.back", "right", 3), (21, "head.temple", "right", 6), (12, "head.temple", "right", 4),
    (2, "head.temple", "right", 2),
]


def stamp(moment):
    return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def read_routine(routine_id):
    with open(os.path.join(ROOT, "routines", routine_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


def plan_routine():
    routine = read_routine("stiff-neck")
    routine["id"] = PLAN_ROUTINE
    routine["title"] = "Neck, your plan"
    routine["author"] = "Dana Reyes, Reyes Physio"
    return routine


def sides(step):
    return ["left", "right"] if step["side"] == "both" else [step["side"]]


def session(days_ago, routine, before, after, today):
    started = datetime.datetime.combine(today - datetime.timedelta(days=days_ago),
                                        datetime.time(8, 5)).astimezone()
    moment = started + datetime.timedelta(seconds=5)
    steps = []
    for index, step in enumerate(routine["steps"]):
        for side in sides(step):
            planned = step["seconds"] * step.get("reps", 1)
            moment += datetime.timedelta(seconds=planned + 10)
            steps.append({"actualMs": planned * 1000, "finishedAt": stamp(moment),
                          "muscle": step.get("muscle", ""), "outcome": "done",
                          "plannedSeconds": planned, "seq": len(steps), "side": side,
                          "step": index, "stopReason": ""})
    # The next morning's check-in, as the app asks for it.
    check_in = {"at": stamp(started + datetime.timedelta(days=1)), "feeling": "better", "soreness": 2}
    return {"areas": routine["areas"], "checkIn": check_in, "endedAt": stamp(moment), "painAfter": after,
            "painBefore": before, "resumeDeclined": False, "resumedFrom": None,
            "routine": routine, "routineId": routine["id"], "routineTitle": routine["title"],
            "startedAt": stamp(started), "status": "completed", "steps": steps,
            "uuid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"unknot-demo-{days_ago}-{routine['id']}"))}


def history(today):
    routines = {PLAN_ROUTINE: plan_routine()}
    for routine_id in ("tension-headache", "low-back"):
        routines[routine_id] = read_routine(routine_id)
    sessions = [session(days, routines[rid], before, after, today)
                for days, rid, before, after in SESSIONS]
    pain = []
    for days, region, side, level in PAIN:
        at = datetime.datetime.combine(today - datetime.timedelta(days=days),
                                       datetime.time(7, 55)).astimezone()
        pain.append({"at": stamp(at), "note": "", "pain": level, "region": region, "side": side,
                     "uuid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"unknot-demo-pain-{days}-{region}"))})
    return {"exportedAt": stamp(datetime.datetime.now().astimezone()), "format": "unknot-history",
            "painLogs": pain, "sessions": sessions, "version": 1}


def bundle(today):
    start = today - datetime.timedelta(days=20)
    return {"bundle": 1,
            "plan": {"id": "neck-plan", "version": 1,
                     "title": "Neck and headaches, every other day",
                     "notes": "Gentle pressure, about 4 to 5 out of 10. Stop for tingling.",
                     "therapist": "Dana Reyes", "practice": "Reyes Physio", "client": "Alex Morgan",
                     "start": start.isoformat(),
                     "schedule": {"kind": "interval", "everyDays": 2, "weeks": 6, "restDays": []},
                     "routines": [PLAN_ROUTINE]},
            "routines": [plan_routine()]}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    today = datetime.date.today()
    with open(os.path.join(folder, "demo-plan.unknot"), "w", encoding="utf-8") as f:
        json.dump(bundle(today), f, indent=2)
    with open(os.path.join(folder, "demo-history.json"), "w", encoding="utf-8") as f:
        json.dump(history(today), f, indent=2)


if __name__ == "__main__":
    main()
