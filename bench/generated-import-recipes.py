# bench/generated-import-recipes.py SRC_RECIPES TARGET N
# A copy of a build's recipes folder plus two recipes: bench-articles, N district news items made from the demo's own
# (same text, numbered titles and ids, fixed seed), and bench-setup, the district (giavien-district, demo-district-content)
# plus those articles: a set-up whose content import grows with N, to see how its cost grows.
import json, shutil, sys, random
src, target, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
shutil.rmtree(target, ignore_errors=True); shutil.copytree(src, target)
demo = json.load(open(f"{src}/demo-district-content.recipe.json"))
news = [d for s in demo["steps"] if s["name"] == "Content" for d in s["data"] if d["ContentType"] == "DistrictNews" and "AutoroutePart" not in d and "LocalizationPart" not in d]
rnd = random.Random(14)
items = []
for i in range(1, n + 1):
    base = json.loads(json.dumps(news[i % len(news)]))
    base.pop("Owner", None)
    base["ContentItemId"] = f"bench-news-{i:05d}"
    base["TitlePart"]["Title"] = f"{base['TitlePart']['Title']} ({i})"
    base["PublishedUtc"] = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T{rnd.randint(0,23):02d}:00:00Z"
    base.pop("LocalizationPart", None)
    items.append(base)
def write(name, setup, step):
    json.dump({"name": name, "displayName": f"Đo: {name}", "description": "bench", "author": "bench", "version": "1.0.0",
               "isSetupRecipe": setup, "steps": [step]}, open(f"{target}/{name}.recipe.json", "w"), ensure_ascii=False, indent=1)
write("bench-articles", False, {"name": "Content", "data": items})
write("bench-setup", True, {"name": "Recipes", "Values": ["giavien-district", "demo-district-content", "bench-articles"]})
