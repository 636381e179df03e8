# bench/sqlite-rows-compare.py DATA_A DATA_B: every SQLite database under both data folders, every table's rows compared (sorted), with
# generated values masked: 32-hex ids (Guid v7), ISO/SQLite timestamps, and integer ids (autoincrement) in "Id" columns.
import sqlite3, sys, os, re, glob
def dump(folder):
    out = {}
    for db in sorted(glob.glob(f"{folder}/**/*.db", recursive=True)):
        rel = os.path.relpath(db, folder)
        c = sqlite3.connect(db)
        for (t,) in c.execute("select name from sqlite_master where type='table' order by name"):
            cols = [r[1] for r in c.execute(f'pragma table_info("{t}")')]
            rows = []
            for row in c.execute(f'select * from "{t}"'):
                vals = []
                for col, v in zip(cols, row):
                    s = str(v)
                    if col == "Id" or col.endswith("Id") and isinstance(v, int): s = "<id>"
                    s = re.sub(r"[0-9a-f]{32}", "<guid>", s)
                    s = re.sub(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?", "<time>", s)
                    vals.append(s)
                rows.append(tuple(vals))
            out[(rel, t)] = sorted(rows)
    return out
a, b = dump(sys.argv[1]), dump(sys.argv[2])
print("databases/tables:", len(a), len(b), "rows:", sum(map(len, a.values())), sum(map(len, b.values())))
diff = 0
for k in sorted(set(a) | set(b)):
    if a.get(k) != b.get(k):
        diff += 1
        ra, rb = a.get(k, []), b.get(k, [])
        print("DIFF", k, len(ra), len(rb), [r for r in ra if r not in rb][:1], [r for r in rb if r not in ra][:1])
print("tables differing:", diff)
